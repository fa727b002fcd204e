import { FieldMessageList } from '../../shared/components/FieldMessageList';
import { VisuallyHidden } from '../../shared/components/VisuallyHidden';
import { charactersLeft, limitAnnouncement } from './survey-draft';

interface Props {
  prompt: string;
  value: string;
  maxLength: number;
  onChange: (text: string) => void;
  errors?: readonly string[];
  disabled?: boolean;
}

/** The optional comment, with the room left shown as the customer types. Plain text only. */
export function CommentField({ prompt, value, maxLength, onChange, errors, disabled }: Props) {
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
        {left.toLocaleString('en-US')} {left === 1 ? 'character' : 'characters'} left
      </span>
      <VisuallyHidden>
        <span role="status" aria-live="polite">
          {limitAnnouncement(left)}
        </span>
      </VisuallyHidden>
      <FieldMessageList id="cx-comment-error" messages={errors} />
    </div>
  );
}
