import { addMinutes } from 'date-fns';
import type { SurveySettings } from '../../domain/settings/survey-settings';
import { dueActions } from '../../domain/survey/due-actions';
import { markExpired } from '../../domain/survey/mark-expired';
import { markInvited } from '../../domain/survey/mark-invited';
import { markReminded } from '../../domain/survey/mark-reminded';
import type { Survey } from '../../domain/survey/survey';
import { currentSurvey, withSurvey, type TicketState } from '../../domain/ticket/ticket-state';
import { commitWithFacts } from '../aggregates/commit-with-facts';
import { JiraUnavailable } from '../errors';
import type { RollupQueue } from '../ports/rollup-queue';
import type { ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketStore, Versioned } from '../ports/ticket-store';
import { surveyComment } from './survey-comments';

export interface SweepReport {
  invited: number;
  reminded: number;
  expired: number;
  /** Left for a later sweep: Jira was rate limiting or failing, or another sweep holds it. */
  deferred: number;
  /** The sweep stopped because its time budget ran out; the rest is due next time. */
  outOfTime: boolean;
}

export interface SweepDeps {
  tickets: TicketStore;
  settings: SettingsStore;
  desk: ServiceDesk;
  rollups: RollupQueue;
  now: () => Date;
}

/** How long a sweeper holds a survey while it talks to Jira: longer than any one invocation. */
const CLAIM_MINUTES = 15;
const PAGE = 50;

/**
 * The scheduled sweeper: posts due invitations and reminders as public comments, and expires
 * unanswered surveys. Each comment is posted at most once even when sweeps overlap: a sweeper
 * first claims the survey (a versioned write only one can win), then posts, then records it.
 * When Jira answers 429 or 5xx the claim stays until `Retry-After` (or a backoff) has passed, so
 * the retry honours it; the survey stays due and is never dropped. Works until `deadline`.
 */
export async function sweepDueSurveys(deps: SweepDeps, deadline: Date): Promise<SweepReport> {
  const report: SweepReport = { invited: 0, reminded: 0, expired: 0, deferred: 0, outOfTime: false };
  const settings = await deps.settings.get();
  const nowMinute = Math.floor(deps.now().getTime() / 60_000);
  let cursor: string | undefined;
  do {
    const page = await deps.tickets.dueTickets(nowMinute, PAGE, cursor);
    for (const issueId of page.issueIds) {
      if (deps.now() >= deadline) return { ...report, outOfTime: true };
      const outcome = await sweepOne(deps, settings, issueId);
      if (outcome !== 'nothing') report[outcome] += 1;
    }
    cursor = page.cursor;
  } while (cursor);
  return report;
}

type Outcome = 'invited' | 'reminded' | 'expired' | 'deferred' | 'nothing';

async function sweepOne(deps: SweepDeps, settings: SurveySettings, issueId: string): Promise<Outcome> {
  const { ticket } = await deps.tickets.load(issueId);
  if (!ticket.value) return 'nothing';
  const state = ticket.value;
  const survey = currentSurvey(state);
  if (!survey) return 'nothing';
  const now = deps.now();
  const due = dueActions(survey, now);
  if (due.action === 'none') return 'nothing';
  if (due.action === 'expire') {
    const expired = markExpired(survey, now);
    if (!expired.ok) return 'nothing';
    const committed = await deps.tickets.commit({
      ticket: { value: withSurvey(state, expired.survey), version: ticket.version },
    });
    return committed === 'committed' ? 'expired' : 'deferred';
  }

  const claim = state.sweepClaim;
  if (claim && claim.surveyId === survey.id && new Date(claim.until) > now) return 'deferred';
  const attempts = claim?.surveyId === survey.id ? claim.attempts : 0;
  const claimed: TicketState = {
    ...state,
    sweepClaim: { surveyId: survey.id, until: addMinutes(now, CLAIM_MINUTES).toISOString(), attempts },
  };
  if ((await deps.tickets.commit({ ticket: { value: claimed, version: ticket.version } })) === 'conflict') {
    return 'deferred'; // another sweep (or an answer) got there first
  }
  const held: Versioned<TicketState> = { value: claimed, version: ticket.version + 1 };
  const kind = due.action === 'invite' ? 'invitation' : 'reminder';
  try {
    const body = await surveyComment(deps.desk, settings, survey.ticketKey, kind);
    if (body !== null) await deps.desk.addComment(survey.ticketKey, body, { public: true });
  } catch (error) {
    if (!(error instanceof JiraUnavailable)) throw error;
    await holdForRetry(deps, held, survey, error, attempts + 1);
    return 'deferred';
  }
  return (await recordSent(deps, issueId, survey.id, kind, settings))
    ? kind === 'invitation'
      ? 'invited'
      : 'reminded'
    : 'deferred';
}

/** Keeps the claim until Jira's `Retry-After` (or an exponential backoff capped at an hour). */
async function holdForRetry(
  deps: SweepDeps,
  held: Versioned<TicketState>,
  survey: Survey,
  error: JiraUnavailable,
  attempts: number,
): Promise<void> {
  const backoffSeconds = error.retryAfterSeconds ?? Math.min(3600, 60 * 2 ** (attempts - 1));
  const until = new Date(deps.now().getTime() + backoffSeconds * 1000);
  console.warn(
    `Survey ${survey.id}: Jira answered ${error.status}; retrying after ${until.toISOString()} (attempt ${attempts}).`,
  );
  await deps.tickets.commit({
    ticket: {
      value: { ...held.value, sweepClaim: { surveyId: survey.id, until: until.toISOString(), attempts } },
      version: held.version,
    },
  });
}

/** Records the posted comment on the latest version of the ticket (an answer may have arrived). */
async function recordSent(
  deps: SweepDeps,
  issueId: string,
  surveyId: string,
  kind: 'invitation' | 'reminder',
  settings: SurveySettings,
): Promise<boolean> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const { ticket } = await deps.tickets.load(issueId);
    const state = ticket.value;
    const survey = state ? currentSurvey(state) : null;
    if (!state || !survey || survey.id !== surveyId) return false;
    const at = deps.now();
    const marked = kind === 'invitation' ? markInvited(survey, at, settings) : markReminded(survey, at);
    const next = marked.ok ? withSurvey(state, marked.survey) : state;
    const committed = await commitWithFacts(
      deps,
      { ticket: { value: { ...next, sweepClaim: null }, version: ticket.version } },
      state,
      settings.reportingTimeZone,
    );
    if (committed === 'committed') return marked.ok;
  }
  return false;
}
