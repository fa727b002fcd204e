import { Field } from './Field';
import { wiring } from './wiring';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  id: string;
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  /** Shown under the select, with id `<id>-hint`. */
  hint?: string;
  messages?: readonly string[];
  /** Defaults to `<id>-error`. */
  errorId?: string;
}

/** A labelled drop-down of fixed choices, with an optional hint and its messages. */
export function SelectField<T extends string>(props: Props<T>) {
  const { id, label, value, choices, onChange, hint, messages } = props;
  const errorId = props.errorId ?? `${id}-error`;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <Field id={id} label={label} hint={hint} hintId={hintId} errorId={errorId} messages={messages}>
      <select
        id={id}
        className="cx-select"
        value={value}
        {...wiring(messages, errorId, hintId)}
        // The options are exactly `choices`, so the value is one of them.
        onChange={(event) => onChange(event.target.value as T)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
