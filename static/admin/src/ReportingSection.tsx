import { useMemo } from 'react';
import { messagesUnder } from '../../shared/field-messages';
import { TextField } from '../../shared/fields/TextField';
import {
  FieldGrid,
  SettingNumber,
  settingId,
  TEXT_INPUT_STYLE,
  type SettingsFormState,
} from './setting-fields';
import { SettingsSection } from './SettingsSection';

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}

/** How the gadgets count days (the reporting zone) and judge results (CES threshold, targets). */
export function ReportingSection({ form }: { form: SettingsFormState }) {
  const zones = useMemo(timeZones, []);
  return (
    <SettingsSection
      id="cx-reporting"
      title="Reporting"
      description="How the gadgets count days and judge results."
    >
      <TextField
        id={settingId('reportingTimeZone')}
        label="Time zone"
        value={form.draft.reportingTimeZone}
        onChange={(text) => form.dispatch({ type: 'reportingTimeZone', text })}
        suggestions={zones}
        hint="Days and weeks start at midnight in this zone, e.g. Europe/Berlin."
        messages={messagesUnder(form.messages, 'reportingTimeZone')}
        style={TEXT_INPUT_STYLE}
      />
      <FieldGrid>
        <SettingNumber path="cesThreshold" form={form} />
        <SettingNumber path="targets.csat" form={form} />
        <SettingNumber path="targets.ces" form={form} />
        <SettingNumber path="targets.nps" form={form} />
        <SettingNumber path="targets.ice" form={form} />
        <SettingNumber path="targets.fcr" form={form} />
        <SettingNumber path="targets.experienceIndex" form={form} />
      </FieldGrid>
    </SettingsSection>
  );
}
