import { FieldMessage } from '../../shared/components/FieldMessage';
import { fieldId } from '../../shared/field-errors';
import type { NumberSpec } from './number-fields';

interface Props {
  path: string;
  spec: NumberSpec;
  value: string;
  onChange: (text: string) => void;
  messages?: readonly string[];
  disabled?: boolean;
}

/** A negative bound with a real minus sign, which reads better than a hyphen. */
const signed = (n: number) => (n < 0 ? `−${-n}` : String(n));

/** A labelled number input with its unit and range beside it, and its messages below. */
export function NumberField({ path, spec, value, onChange, messages, disabled }: Props) {
  const id = fieldId('cx', path);
  const range = `${signed(spec.min)} to ${signed(spec.max)}${spec.unit ? ` ${spec.unit}` : ''}`;
  const invalid = Boolean(messages?.length);
  return (
    <div className="cx-field">
      <label htmlFor={id} className="cx-label">
        {spec.label}
      </label>
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
          aria-invalid={invalid || undefined}
          aria-describedby={[`${id}-hint`, invalid ? `${id}-error` : ''].join(' ').trim()}
          style={{ width: '7rem' }}
        />
        {spec.unit && (
          <span aria-hidden="true" className="cx-hint">
            {spec.unit}
          </span>
        )}
      </div>
      <span id={`${id}-hint`} className="cx-hint">
        {spec.hint ? `${spec.hint} ` : ''}Allowed: {range}.
      </span>
      <FieldMessage id={`${id}-error`} messages={messages} />
    </div>
  );
}
