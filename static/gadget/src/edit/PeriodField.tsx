import type { FieldMessages } from '../../../shared/field-messages';
import { DateField } from '../../../shared/fields/DateField';
import { Fieldset } from '../../../shared/fields/Fieldset';
import { RadioChoices } from '../../../shared/fields/RadioChoices';
import type { ConfigDraft } from '../config-form';
import { errorIdOf, PERIOD_CHOICES, PREFIX } from './choices';

type Period = Pick<ConfigDraft, 'periodMode' | 'preset' | 'from' | 'to'>;

interface Props {
  period: Period;
  onChange: (patch: Partial<Period>) => void;
  /** `period.from` and `period.to` are shown under their dates. */
  messages: FieldMessages;
}

/** The last N days, or a custom range of calendar days (both ends inclusive). */
export function PeriodField({ period, onChange, messages }: Props) {
  return (
    <Fieldset className="cxg-fieldset" legend="Period">
      <div className="cxg-radios">
        <RadioChoices
          name={`${PREFIX}-period`}
          choices={PERIOD_CHOICES}
          value={period.periodMode === 'custom' ? 'custom' : period.preset}
          onChange={(choice) =>
            onChange(
              choice === 'custom' ? { periodMode: 'custom' } : { periodMode: 'preset', preset: choice },
            )
          }
        />
      </div>
      {period.periodMode === 'custom' && (
        <div className="cxg-row">
          <DateField
            id={`${PREFIX}-from`}
            label="From"
            value={period.from}
            max={period.to}
            errorId={errorIdOf('period.from')}
            messages={messages.get('period.from')}
            onChange={(from) => onChange({ from })}
          />
          <DateField
            id={`${PREFIX}-to`}
            label="To (inclusive)"
            value={period.to}
            min={period.from}
            errorId={errorIdOf('period.to')}
            messages={messages.get('period.to')}
            onChange={(to) => onChange({ to })}
          />
        </div>
      )}
    </Fieldset>
  );
}
