import { useMemo } from 'react';
import { messagesUnder } from '../../shared/field-messages';
import { Fieldset } from '../../shared/fields/Fieldset';
import { TextField } from '../../shared/fields/TextField';
import {
  FieldGrid,
  SettingNumber,
  settingId,
  TEXT_INPUT_STYLE,
  type SettingsFormState,
} from './setting-fields';
import { SettingsSection } from './SettingsSection';

const FIELDSET_STYLE = { border: 0, padding: 0, margin: '16px 0 0' } as const;

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
      <Fieldset
        legend="Mean time to acknowledge (MTTA)"
        hint="Each request's first public response is judged against the target of its priority; the gadgets show the share within target. Changing these rebuilds the figures in the background: until then the share within target is not shown."
        style={FIELDSET_STYLE}
      >
        <TextField
          id={settingId('mtta.highPriorities')}
          label="High priorities"
          value={form.draft.highPriorities}
          onChange={(text) => form.dispatch({ type: 'highPriorities', text })}
          hint="Jira priority names, separated by commas; upper and lower case are the same. Every other priority has the other target."
          messages={messagesUnder(form.messages, 'mtta.highPriorities')}
          style={TEXT_INPUT_STYLE}
        />
        <FieldGrid>
          <SettingNumber path="mtta.highTargetMinutes" form={form} />
          <SettingNumber path="mtta.standardTargetMinutes" form={form} />
        </FieldGrid>
      </Fieldset>
      <Fieldset
        legend="Experience Index weights"
        hint="The index is the weighted mean of the components that have data in a period. A weight of 0 leaves a component out; changes apply to every period shown, past ones too."
        style={FIELDSET_STYLE}
      >
        <FieldGrid>
          <SettingNumber path="weights.csat" form={form} />
          <SettingNumber path="weights.ces" form={form} />
          <SettingNumber path="weights.nps" form={form} />
          <SettingNumber path="weights.fcr" form={form} />
          <SettingNumber path="weights.mtta" form={form} />
          <SettingNumber path="weights.availability" form={form} />
          <SettingNumber path="weights.selfService" form={form} />
        </FieldGrid>
      </Fieldset>
    </SettingsSection>
  );
}
