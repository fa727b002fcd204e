import { FieldMessage } from '../../shared/components/FieldMessage';
import { fieldId } from '../../shared/field-errors';

interface Props {
  path: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  hint?: string;
  placeholder?: string;
  /** Suggestions offered while typing (a `<datalist>`). */
  suggestions?: readonly string[];
  messages?: readonly string[];
  multiline?: boolean;
  maxLength?: number;
}

/** A labelled single- or multi-line text input with a hint and its messages. */
export function TextField({
  path,
  label,
  value,
  onChange,
  hint,
  placeholder,
  suggestions,
  messages,
  multiline,
  maxLength,
}: Props) {
  const id = fieldId('cx', path);
  const invalid = Boolean(messages?.length);
  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].join(' ').trim() || undefined;
  const common = {
    id,
    className: 'cx-input',
    value,
    placeholder,
    maxLength,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className="cx-field">
      <label htmlFor={id} className="cx-label">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          list={suggestions ? `${id}-list` : undefined}
          onChange={(event) => onChange(event.target.value)}
          style={{ width: '100%', maxWidth: '32rem' }}
        />
      )}
      {suggestions && (
        <datalist id={`${id}-list`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      {hint && (
        <span id={`${id}-hint`} className="cx-hint">
          {hint}
        </span>
      )}
      <FieldMessage id={`${id}-error`} messages={messages} />
    </div>
  );
}
