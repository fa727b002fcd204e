import { token } from '@atlaskit/tokens';
import type { FormEvent } from 'react';
import type { AdminSettings } from '../../../src/contract/survey';
import { messagesUnder, unclaimedMessages } from '../../shared/field-messages';
import { JsmSurveySection } from './JsmSurveySection';
import { LowScoresSection } from './LowScoresSection';
import { NpsSection } from './NpsSection';
import { FLAG_PATHS, NUMBER_PATHS } from './number-fields';
import { ReportingSection } from './ReportingSection';
import { SaveBar } from './SaveBar';
import { SettingsSection } from './SettingsSection';
import { SurveysSection } from './SurveysSection';
import { useSettingsForm } from './useSettingsForm';
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

/**
 * The settings form. It sends only what changed, as a patch; the backend validates it and answers
 * the saved settings (or a message per field, shown beside that field).
 */
export function SettingsForm({ initial }: { initial: AdminSettings }) {
  const form = useSettingsForm(initial);
  const { admin, draft, dispatch, messages } = form;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.save();
  };

  return (
    <form onSubmit={onSubmit} noValidate style={{ display: 'grid', gap: token('space.300', '24px') }}>
      <SurveysSection form={form} projects={admin.projects} />
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
      <LowScoresSection form={form} />
      <NpsSection form={form} />
      <ReportingSection form={form} />
      <JsmSurveySection
        projects={admin.projects}
        warnings={admin.warnings}
        value={draft.jsmSurveyProjects}
        onChange={(value) => dispatch({ type: 'jsmSurveyProjects', value })}
        messages={messagesUnder(messages, 'jsmSurveyProjects')}
      />
      <SaveBar
        dirty={form.dirty}
        pending={form.pending}
        saved={form.saved}
        failure={form.failure}
        unclaimed={unclaimedMessages(messages, isClaimed)}
        localProblem={form.localErrors.size > 0}
        onDiscard={form.discard}
      />
    </form>
  );
}
