import { useMemo } from 'react';
import { SelectField } from '../../../shared/fields/SelectField';
import { timeZoneChoices } from '../config-form';
import { errorIdOf, PREFIX } from './choices';

const browserTimeZone = (): string | undefined => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
};

interface Props {
  value: string;
  onChange: (timeZone: string) => void;
  messages?: readonly string[];
}

/** The zone the gadget counts days in: common zones, the saved one and this browser's (marked). */
export function TimeZoneField({ value, onChange, messages }: Props) {
  const browserZone = browserTimeZone();
  const choices = useMemo(
    () =>
      timeZoneChoices(value, browserTimeZone()).map((zone) => ({
        value: zone,
        label: `${zone}${zone === browserZone ? ' (this browser)' : ''}`,
      })),
    [value, browserZone],
  );
  return (
    <SelectField
      id={`${PREFIX}-zone`}
      label="Time zone"
      value={value}
      choices={choices}
      onChange={onChange}
      hint="Days, weeks (from Monday) and months are counted in this zone."
      errorId={errorIdOf('timeZone')}
      messages={messages}
    />
  );
}
