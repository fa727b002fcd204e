import type { AgentSurvey } from '../../../src/contract/survey';
import type { SkipReason, SurveyState, TimelineEvent } from '../../../src/domain/survey/survey';
import type { LozengeTone } from '../../shared/styles';

/** How each survey state reads on the lozenge; the colour only repeats what the word says. */
export const STATE_LOZENGE: Readonly<Record<SurveyState, { label: string; tone: LozengeTone }>> = {
  scheduled: { label: 'Scheduled', tone: 'information' },
  invited: { label: 'Invited', tone: 'discovery' },
  answered: { label: 'Answered', tone: 'success' },
  expired: { label: 'Expired', tone: 'neutral' },
  cancelled: { label: 'Cancelled', tone: 'warning' },
  skipped: { label: 'Not surveyed', tone: 'neutral' },
  failed: { label: 'Not sent', tone: 'danger' },
};

/** Why a resolution was not surveyed, in the words an agent would use. */
export const SKIP_REASON_TEXT: Readonly<Record<SkipReason, string>> = {
  'project-disabled': 'Surveys are turned off for this project.',
  'request-type-excluded': 'This request type is excluded from surveys.',
  'no-reporter': 'The request has no customer to ask.',
  throttled: 'The customer was surveyed recently, so this one was skipped (throttle).',
  'not-sampled': 'Not picked by sampling.',
};

export const EVENT_LABEL: Readonly<Record<TimelineEvent, string>> = {
  scheduled: 'Scheduled',
  skipped: 'Skipped',
  invited: 'Invitation sent',
  reminded: 'Reminder sent',
  answered: 'Answered',
  expired: 'Expired',
  cancelled: 'Cancelled — the request was reopened',
  failed: 'Invitation refused by Jira',
};

/** Why Jira refused the invitation, as the agent reads it: its reason and status. */
export function invitationFailureText(failure: NonNullable<AgentSurvey['failure']>): string {
  return failure.status === null ? failure.reason : `${failure.reason} (HTTP ${failure.status})`;
}

export const LATE_NOTE = 'Sent late: more than 24 hours after resolution.';

export interface TimelineRow {
  key: string;
  label: string;
  at: string;
  /** Words under the label: the skip reason, the late note, when the invitation is due. */
  detail: string | null;
  /** Not happened yet: the invitation's due time or the expiry of an open survey. */
  upcoming: boolean;
}

/**
 * The survey's history as the panel lists it, oldest first, followed by what is still to come
 * (the invitation of a scheduled survey, the expiry of an invited one). Entries at the same
 * moment keep their recorded order.
 */
export function timelineRows(survey: AgentSurvey): TimelineRow[] {
  const past = survey.timeline
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => Date.parse(a.entry.at) - Date.parse(b.entry.at) || a.index - b.index)
    .map(({ entry, index }): TimelineRow => {
      let detail: string | null = null;
      if (entry.event === 'skipped' && survey.skipReason) detail = SKIP_REASON_TEXT[survey.skipReason];
      if (entry.event === 'invited' && survey.late) detail = LATE_NOTE;
      if (entry.event === 'failed' && survey.failure) detail = invitationFailureText(survey.failure);
      return {
        key: `${entry.event}-${index}`,
        label: EVENT_LABEL[entry.event],
        at: entry.at,
        detail,
        upcoming: false,
      };
    });
  const upcoming: TimelineRow[] = [];
  if (survey.state === 'scheduled' && survey.dueAt) {
    upcoming.push({ key: 'due', label: 'Invitation due', at: survey.dueAt, detail: null, upcoming: true });
  }
  if (survey.state === 'invited' && survey.expiresAt) {
    upcoming.push({ key: 'expires', label: 'Expires', at: survey.expiresAt, detail: null, upcoming: true });
  }
  return [...past, ...upcoming];
}
