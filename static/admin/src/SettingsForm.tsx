import { token } from '@atlaskit/tokens';
import { useMemo, useReducer, useState, type FormEvent } from 'react';
import type { ResolverError } from '../../../src/contract/envelope';
import type { AdminSettings } from '../../../src/contract/survey';
import {
  fieldMessages,
  groupFieldErrors,
  mergeFieldMessages,
  messagesUnder,
  NO_FIELD_MESSAGES,
  unclaimedMessages,
  type FieldMessages,
} from '../../shared/field-errors';
import { saveSettings } from '../../shared/resolvers';
import { CheckboxField } from './CheckboxField';
import { JsmSurveySection } from './JsmSurveySection';
import { NUMBER_FIELDS, NUMBER_PATHS, FLAG_FIELDS, FLAG_PATHS, type NumberPath } from './number-fields';
import { NumberField } from './NumberField';
import { ProjectPicker } from './ProjectPicker';
import { SaveBar } from './SaveBar';
import { buildPatch, draftFromSettings, draftReducer, isDirty, type DraftAction } from './settings-draft';
import { SettingsSection } from './SettingsSection';
import { TextField } from './TextField';
import { WordingEditor } from './WordingEditor';

/** Fields some input displays; messages for any other path are listed beside the save button. */
const CLAIMED = [
  ...NUMBER_PATHS,
  ...FLAG_PATHS,
  'enabledProjects',
  'excludedRequestTypes',
  'jsmSurveyProjects',
  'reportingTimeZone',
];
const isClaimed = (field: string) =>
  /^wording\.[^.]+/.test(field) || CLAIMED.some((path) => field === path || field.startsWith(`${path}.`));

const grid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))',
  gap: token('space.200', '16px'),
} as const;

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}

/**
 * The settings form. It sends only what changed, as a patch; the backend validates it and answers
 * the saved settings (or a message per field, shown beside that field).
 */
export function SettingsForm({ initial }: { initial: AdminSettings }) {
  const [admin, setAdmin] = useState(initial);
  const [draft, dispatchDraft] = useReducer(draftReducer, initial.settings, draftFromSettings);
  const [localErrors, setLocalErrors] = useState<FieldMessages>(NO_FIELD_MESSAGES);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const zones = useMemo(timeZones, []);

  const messages = mergeFieldMessages(localErrors, fieldMessages(failure));
  const dirty = isDirty(admin.settings, draft);
  const dispatch = (action: DraftAction) => {
    setSaved(false);
    dispatchDraft(action);
  };
  const number = (path: NumberPath, disabled?: boolean) => (
    <NumberField
      key={path}
      path={path}
      spec={NUMBER_FIELDS[path]}
      value={draft.numbers[path]}
      onChange={(text) => dispatch({ type: 'number', path, text })}
      messages={messagesUnder(messages, path)}
      disabled={disabled}
    />
  );

  const save = async () => {
    const { patch, errors } = buildPatch(admin.settings, draft);
    setLocalErrors(groupFieldErrors(errors));
    setFailure(null);
    setSaved(false);
    if (errors.length > 0 || Object.keys(patch).length === 0) return;
    setPending(true);
    const result = await saveSettings(patch);
    setPending(false);
    if (result.ok) {
      setAdmin(result.data);
      dispatchDraft({ type: 'reset', settings: result.data.settings });
      setSaved(true);
    } else setFailure(result.error);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const discard = () => {
    dispatchDraft({ type: 'reset', settings: admin.settings });
    setLocalErrors(NO_FIELD_MESSAGES);
    setFailure(null);
  };

  return (
    <form onSubmit={onSubmit} noValidate style={{ display: 'grid', gap: token('space.300', '24px') }}>
      <SettingsSection
        id="cx-surveys"
        title="Surveys"
        description="Who is asked, and when. Customers are invited within 24 hours of resolution."
      >
        <ProjectPicker
          projects={admin.projects}
          value={draft.enabledProjects}
          onChange={(value) => dispatch({ type: 'enabledProjects', value })}
          messages={messagesUnder(messages, 'enabledProjects')}
        />
        <div style={grid}>
          {number('delayHours')}
          {number('throttleDays')}
          {number('samplingPercent')}
          {number('expiryDays')}
        </div>
        <TextField
          path="excludedRequestTypes"
          label="Excluded request types"
          value={draft.excludedRequestTypes}
          onChange={(text) => dispatch({ type: 'excludedRequestTypes', text })}
          hint="Request type ids that never send a survey, separated by commas."
          placeholder="e.g. 12, 15"
          messages={messagesUnder(messages, 'excludedRequestTypes')}
        />
        <div style={grid}>
          <CheckboxField
            path="reminder.enabled"
            label={FLAG_FIELDS['reminder.enabled']}
            checked={draft.flags['reminder.enabled']}
            onChange={(value) => dispatch({ type: 'flag', path: 'reminder.enabled', value })}
            messages={messagesUnder(messages, 'reminder.enabled')}
          />
          {number('reminder.afterDays', !draft.flags['reminder.enabled'])}
        </div>
      </SettingsSection>

      <SettingsSection
        id="cx-wording"
        title="Wording"
        description="What customers read, per language. Customers see their own language, or English."
      >
        <WordingEditor
          locales={admin.locales}
          wording={draft.wording}
          onChange={(locale, key, text) => dispatch({ type: 'wording', locale, key, text })}
          onAddLocale={(locale) => dispatch({ type: 'addLocale', locale })}
          messages={messages}
        />
      </SettingsSection>

      <SettingsSection
        id="cx-low-scores"
        title="Low scores"
        description="An answer at or below either score marks the ticket for follow-up."
      >
        <div style={grid}>
          {number('lowScore.csatAtMost')}
          {number('lowScore.cesAtMost')}
        </div>
        <CheckboxField
          path="lowScore.internalComment"
          label={FLAG_FIELDS['lowScore.internalComment']}
          checked={draft.flags['lowScore.internalComment']}
          onChange={(value) => dispatch({ type: 'flag', path: 'lowScore.internalComment', value })}
          messages={messagesUnder(messages, 'lowScore.internalComment')}
        />
      </SettingsSection>

      <SettingsSection
        id="cx-reporting"
        title="Reporting"
        description="How the gadgets count days and judge results."
      >
        <TextField
          path="reportingTimeZone"
          label="Time zone"
          value={draft.reportingTimeZone}
          onChange={(text) => dispatch({ type: 'reportingTimeZone', text })}
          suggestions={zones}
          hint="Days and weeks start at midnight in this zone, e.g. Europe/Berlin."
          messages={messagesUnder(messages, 'reportingTimeZone')}
        />
        <div style={grid}>
          {number('cesThreshold')}
          {number('targets.csat')}
          {number('targets.ces')}
          {number('targets.nps')}
          {number('targets.ice')}
          {number('targets.fcr')}
          {number('targets.experienceIndex')}
        </div>
      </SettingsSection>

      <JsmSurveySection
        projects={admin.projects}
        warnings={admin.warnings}
        value={draft.jsmSurveyProjects}
        onChange={(value) => dispatch({ type: 'jsmSurveyProjects', value })}
        messages={messagesUnder(messages, 'jsmSurveyProjects')}
      />

      <SaveBar
        dirty={dirty}
        pending={pending}
        saved={saved}
        failure={failure}
        unclaimed={unclaimedMessages(messages, isClaimed)}
        localProblem={localErrors.size > 0}
        onDiscard={discard}
      />
    </form>
  );
}
