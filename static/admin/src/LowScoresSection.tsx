import { FieldGrid, SettingFlag, SettingNumber, type SettingsFormState } from './setting-fields';
import { SettingsSection } from './SettingsSection';

/** When an answer marks its ticket for follow-up, and whether an internal comment says so. */
export function LowScoresSection({ form }: { form: SettingsFormState }) {
  return (
    <SettingsSection
      id="cx-low-scores"
      title="Low scores"
      description="An answer at or below either score marks the ticket for follow-up."
    >
      <FieldGrid>
        <SettingNumber path="lowScore.csatAtMost" form={form} />
        <SettingNumber path="lowScore.cesAtMost" form={form} />
      </FieldGrid>
      <SettingFlag path="lowScore.internalComment" form={form} />
    </SettingsSection>
  );
}
