import { FieldMessageList } from '../../shared/components/FieldMessageList';
import { VisuallyHidden } from '../../shared/components/VisuallyHidden';
import { charactersLeftText } from '../../../src/domain/i18n/portal-words';
import { charactersLeft, limitAnnouncement } from './survey-draft';

interface Props {
  prompt: string;
  value: string;
  maxLength: number;
  onChange: (text: string) => void;
  errors?: readonly string[];
  disabled?: boolean;
  /** The survey's language, for the counter. */
  locale: string;
}

/** The optional comment, with the room left shown as the customer types. Plain text only. */
export function CommentField({ prompt, value, maxLength, onChange, errors, disabled, locale }: Props) {
  const left = charactersLeft(value, maxLength);
  const invalid = Boolean(errors?.length);
  return (
    <div className="cx-field">
      <label htmlFor="cx-comment" style={{ fontWeight: 600 }}>
        {prompt}
      </label>
      <textarea
        id="cx-comment"
        className="cx-input"
        rows={3}
        value={value}
        maxLength={maxLength}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? 'cx-comment-count cx-comment-error' : 'cx-comment-count'}
        onChange={(event) => onChange(event.target.value)}
      />
      <span id="cx-comment-count" className="cx-hint" style={{ alignSelf: 'flex-end' }}>
        {charactersLeftText(left, locale)}
      </span>
      <VisuallyHidden>
        <span role="status" aria-live="polite">
          {limitAnnouncement(left, locale)}
        </span>
      </VisuallyHidden>
      <FieldMessageList id="cx-comment-error" messages={errors} />
    </div>
  );
}
