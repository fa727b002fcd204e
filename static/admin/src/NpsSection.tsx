import { FieldGrid, SettingFlag, SettingNumber, type SettingsFormState } from './setting-fields';
import { SettingsSection } from './SettingsSection';

/** Who is asked the relationship question in the portal, how often, and what a low answer opens. */
export function NpsSection({ form }: { form: SettingsFormState }) {
  return (
    <SettingsSection
      id="cx-nps"
      title="NPS in the portal"
      description="Signed-in customers are asked how likely they are to recommend your IT services, under the title of portal pages, once per interval."
    >
      <FieldGrid>
        <SettingNumber path="nps.intervalDays" form={form} />
        <SettingNumber path="nps.recentDays" form={form} />
        <SettingNumber path="nps.samplingPercent" form={form} />
        <SettingNumber path="nps.quietDays" form={form} />
      </FieldGrid>
      <SettingFlag path="nps.followUpPassives" form={form} />
      <SettingFlag path="nps.internalComment" form={form} />
    </SettingsSection>
  );
}
