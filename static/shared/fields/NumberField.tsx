import { Field } from './Field';
import { wiring } from './wiring';

/** What a number field allows and says about itself. */
export interface NumberSpec {
  label: string;
  min: number;
  max: number;
  /** `'any'` where fractions are allowed. */
  step: number | 'any';
  unit?: string;
  hint?: string;
}

interface Props {
  id: string;
  spec: NumberSpec;
  value: string;
  onChange: (text: string) => void;
  messages?: readonly string[];
  disabled?: boolean;
}

/** A negative bound with a real minus sign, which reads better than a hyphen. */
const signed = (n: number) => (n < 0 ? `−${-n}` : String(n));

/**
 * A labelled number input with its unit beside it, its allowed range as the hint and its messages
 * below (`<id>-hint`, `<id>-error`).
 */
export function NumberField({ id, spec, value, onChange, messages, disabled }: Props) {
  const range = `${signed(spec.min)} to ${signed(spec.max)}${spec.unit ? ` ${spec.unit}` : ''}`;
  const hint = `${spec.hint ? `${spec.hint} ` : ''}Allowed: ${range}.`;
  return (
    <Field
      id={id}
      label={spec.label}
      hint={hint}
      hintId={`${id}-hint`}
      errorId={`${id}-error`}
      messages={messages}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <input
          id={id}
          className="cx-input"
          type="number"
          inputMode="decimal"
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
          {...wiring(messages, `${id}-error`, `${id}-hint`)}
          style={{ width: '7rem' }}
        />
        {spec.unit && (
          <span aria-hidden="true" className="cx-hint">
            {spec.unit}
          </span>
        )}
      </div>
    </Field>
  );
}
