import { token } from '@atlaskit/tokens';
import { PERIODS } from './config';

interface Props {
  value: number;
  onChange: (days: number) => void;
}

/** A radio group: arrow keys move between periods, as users of native forms expect. */
export function PeriodField({ value, onChange }: Props) {
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
      <legend className="cx-label" style={{ padding: 0, marginBottom: token('space.050', '4px') }}>
        Period
      </legend>
      <div style={{ display: 'flex', gap: token('space.200', '16px') }}>
        {PERIODS.map((days) => (
          <label key={days} style={{ display: 'flex', alignItems: 'center', gap: token('space.050', '4px') }}>
            <input
              type="radio"
              name="cx-period"
              value={days}
              checked={value === days}
              onChange={() => onChange(days)}
            />
            Last {days} days
          </label>
        ))}
      </div>
    </fieldset>
  );
}
