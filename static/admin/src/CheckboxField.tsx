import { FieldMessage } from '../../shared/components/FieldMessage';
import { fieldId } from '../../shared/field-errors';

interface Props {
  path: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  messages?: readonly string[];
}

export function CheckboxField({ path, label, checked, onChange, messages }: Props) {
  const id = fieldId('cx', path);
  const invalid = Boolean(messages?.length);
  return (
    <div className="cx-field">
      <label className="cx-check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
        />
        {label}
      </label>
      <FieldMessage id={`${id}-error`} messages={messages} />
    </div>
  );
}
