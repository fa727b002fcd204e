import { Field } from './Field';
import { wiring } from './wiring';

interface Props {
  id: string;
  label: string;
  /** `YYYY-MM-DD`, or `''` while empty. */
  value: string;
  /** Bounds the browser's date picker; `''` means none. */
  min?: string;
  max?: string;
  errorId: string;
  messages?: readonly string[];
  onChange: (value: string) => void;
}

/** A labelled calendar-day input, with its messages. */
export function DateField({ id, label, value, min, max, errorId, messages, onChange }: Props) {
  return (
    <Field id={id} label={label} errorId={errorId} messages={messages}>
      <input
        id={id}
        type="date"
        className="cx-input"
        value={value}
        min={min || undefined}
        max={max || undefined}
        {...wiring(messages, errorId)}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
