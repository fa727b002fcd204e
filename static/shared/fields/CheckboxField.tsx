import { FieldMessageList } from '../components/FieldMessageList';
import { wiring } from './wiring';

interface Props {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Shown under the box, with id `<id>-error`. */
  messages?: readonly string[];
}

/** One on/off setting: a box inside its label, and its messages. */
export function CheckboxField({ id, label, checked, onChange, messages }: Props) {
  return (
    <div className="cx-field">
      <label className="cx-check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          {...wiring(messages, `${id}-error`)}
        />
        {label}
      </label>
      <FieldMessageList id={`${id}-error`} messages={messages} />
    </div>
  );
}
