import { Fieldset } from '../../../shared/fields/Fieldset';
import { RadioChoices } from '../../../shared/fields/RadioChoices';
import type { ConfigDraft } from '../config-form';
import { INTERVAL_CHOICES, PREFIX } from './choices';

interface Props {
  value: ConfigDraft['interval'];
  onChange: (interval: ConfigDraft['interval']) => void;
}

/** How long one point of a trend is: a day, a week (from Monday) or a month. */
export function IntervalField({ value, onChange }: Props) {
  return (
    <Fieldset className="cxg-fieldset" legend="Points per">
      <div className="cxg-radios">
        <RadioChoices
          name={`${PREFIX}-interval`}
          choices={INTERVAL_CHOICES}
          value={value}
          onChange={onChange}
        />
      </div>
    </Fieldset>
  );
}
