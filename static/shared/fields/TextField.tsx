import type { CSSProperties, HTMLAttributes } from 'react';
import { Field } from './Field';
import { wiring } from './wiring';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  hint?: string;
  placeholder?: string;
  /** Suggestions offered while typing (a `<datalist>`, `<id>-list`). */
  suggestions?: readonly string[];
  messages?: readonly string[];
  /** Defaults to `<id>-error`. */
  errorId?: string;
  multiline?: boolean;
  maxLength?: number;
  /** The keyboard a phone shows, e.g. `decimal` for a number typed as text (which may use a comma). */
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  /** The single-line input's size. */
  style?: CSSProperties;
}

/** A labelled single- or multi-line text input with a hint (`<id>-hint`) and its messages. */
export function TextField(props: Props) {
  const { id, label, value, onChange, hint, placeholder, suggestions, messages, multiline, maxLength } =
    props;
  const errorId = props.errorId ?? `${id}-error`;
  const common = {
    id,
    className: 'cx-input',
    value,
    placeholder,
    maxLength,
    ...wiring(messages, errorId, hint ? `${id}-hint` : undefined),
  };
  return (
    <Field id={id} label={label} hint={hint} hintId={`${id}-hint`} errorId={errorId} messages={messages}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={props.inputMode}
          list={suggestions ? `${id}-list` : undefined}
          onChange={(event) => onChange(event.target.value)}
          style={props.style}
        />
      )}
      {suggestions && (
        <datalist id={`${id}-list`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
    </Field>
  );
}
