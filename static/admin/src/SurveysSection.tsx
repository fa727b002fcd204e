import type { AdminSettings } from '../../../src/contract/survey';
import { messagesUnder } from '../../shared/field-messages';
import { TextField } from '../../shared/fields/TextField';
import { ProjectPicker } from './ProjectPicker';
import {
  FieldGrid,
  SettingFlag,
  SettingNumber,
  settingId,
  TEXT_INPUT_STYLE,
  type SettingsFormState,
} from './setting-fields';
import { SettingsSection } from './SettingsSection';

/** Who is asked, and when: projects, delay, throttle, sampling, expiry, exclusions, reminder. */
export function SurveysSection({
  form,
  projects,
}: {
  form: SettingsFormState;
  projects: AdminSettings['projects'];
}) {
  const { draft, dispatch, messages } = form;
  return (
    <SettingsSection
      id="cx-surveys"
      title="Surveys"
      description="Who is asked, and when. Customers are invited within 24 hours of resolution."
    >
      <ProjectPicker
        projects={projects}
        value={draft.enabledProjects}
        onChange={(value) => dispatch({ type: 'enabledProjects', value })}
        messages={messagesUnder(messages, 'enabledProjects')}
      />
      <FieldGrid>
        <SettingNumber path="delayHours" form={form} />
        <SettingNumber path="throttleDays" form={form} />
        <SettingNumber path="samplingPercent" form={form} />
        <SettingNumber path="expiryDays" form={form} />
      </FieldGrid>
      <TextField
        id={settingId('excludedRequestTypes')}
        label="Excluded request types"
        value={draft.excludedRequestTypes}
        onChange={(text) => dispatch({ type: 'excludedRequestTypes', text })}
        hint="Request type ids that never send a survey, separated by commas."
        placeholder="e.g. 12, 15"
        messages={messagesUnder(messages, 'excludedRequestTypes')}
        style={TEXT_INPUT_STYLE}
      />
      <fieldset id={settingId('firstQuestion')} style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600 }}>First question</legend>
        <p style={{ margin: '0 0 4px' }}>
          Asked first, and answerable with one click in the invitation email: one link per score.
        </p>
        {(
          [
            ['ces', 'Customer effort (CES, 1–7)'],
            ['csat', 'Satisfaction (CSAT, 1–5)'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} style={{ display: 'block' }}>
            <input
              type="radio"
              name="firstQuestion"
              value={value}
              checked={draft.firstQuestion === value}
              onChange={() => dispatch({ type: 'firstQuestion', value })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <FieldGrid>
        <SettingFlag path="reminder.enabled" form={form} />
        <SettingNumber path="reminder.afterDays" form={form} disabled={!draft.flags['reminder.enabled']} />
      </FieldGrid>
    </SettingsSection>
  );
}
