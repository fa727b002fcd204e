import { addDays, addMinutes } from 'date-fns';
import type { SurveySettings } from '../../domain/settings/survey-settings';
import { confirmResolution } from '../../domain/survey/confirm-resolution';
import { dueActions } from '../../domain/survey/due-actions';
import { markExpired } from '../../domain/survey/mark-expired';
import { markFailed } from '../../domain/survey/mark-failed';
import { markInvited } from '../../domain/survey/mark-invited';
import { markReminded } from '../../domain/survey/mark-reminded';
import type { Survey, SurveyFailure } from '../../domain/survey/survey';
import { withoutSurveyed } from '../../domain/ticket/customer-state';
import { currentSurvey, withSurvey, type TicketState } from '../../domain/ticket/ticket-state';
import { commitWithFacts } from '../aggregates/commit-with-facts';
import { RollupBatch } from '../aggregates/rollup-batch';
import { JiraRefused, JiraUnavailable } from '../errors';
import type { RollupQueue } from '../ports/rollup-queue';
import type { ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketStore, Versioned } from '../ports/ticket-store';
import { answerLinksFor, type AnswerLinkDeps } from './answer-links';
import { surveyComment } from './survey-comments';

export interface SweepReport {
  invited: number;
  reminded: number;
  expired: number;
  /** Not posted: the request was reopened or resolved again, or its request type is excluded. */
  withdrawn: number;
  /** Jira refused the invitation for good; the reason is on the survey. */
  failed: number;
  /** Left for a later sweep: Jira was rate limiting or failing, or another sweep holds it. */
  deferred: number;
  /** Surveys whose handling threw; logged, left for a later sweep, the others swept anyway. */
  errors: number;
  /** The sweep stopped because its time budget ran out; the rest is due next time. */
  outOfTime: boolean;
}

export interface SweepDeps {
  tickets: TicketStore;
  settings: SettingsStore;
  desk: ServiceDesk;
  rollups: RollupQueue;
  now: () => Date;
  /** When given, invitations and reminders carry one-click score links (answer-links.ts). */
  answerLinks?: AnswerLinkDeps;
}

/** How long a sweeper holds a survey while it talks to Jira: longer than any one invocation. */
const CLAIM_MINUTES = 15;
const PAGE = 50;

/**
 * The scheduled sweeper: posts due invitations and reminders as public comments, and expires
 * unanswered surveys. Each comment is posted at most once even when sweeps overlap: a sweeper
 * first claims the survey (a versioned write only one can win), then posts, then records it.
 *
 * Before posting, one read of the issue confirms the survey's resolution still holds: events can
 * be lost or arrive out of order, and an invitation on a reopened request must never go out.
 * When Jira answers 429 or 5xx the claim stays until `Retry-After` (or a backoff) has passed, so
 * the retry honours it; the survey stays due and is never dropped. When Jira refuses for good
 * (another 4xx), the survey records the refusal and the sweep goes on; one survey that fails in
 * any other way is logged and left for the next sweep, and the sweep goes on. Works until
 * `deadline`.
 */
export async function sweepDueSurveys(deps: SweepDeps, deadline: Date): Promise<SweepReport> {
  const report: SweepReport = {
    invited: 0,
    reminded: 0,
    expired: 0,
    withdrawn: 0,
    failed: 0,
    deferred: 0,
    errors: 0,
    outOfTime: false,
  };
  const settings = await deps.settings.get();
  // Each commit marks its days and asks for them here; the sweep asks the queue once at the end,
  // so a sweep of hundreds of invitations stays far under Forge's 500 events a minute.
  const rollups = new RollupBatch();
  const swept = await sweepPages({ ...deps, rollups }, settings, deadline, report);
  await rollups.sendOrLeaveToCatchUp(deps.rollups, 'a sweep');
  return swept;
}

async function sweepPages(
  deps: SweepDeps,
  settings: SurveySettings,
  deadline: Date,
  report: SweepReport,
): Promise<SweepReport> {
  const nowMinute = Math.floor(deps.now().getTime() / 60_000);
  let cursor: string | undefined;
  do {
    const page = await deps.tickets.dueTickets(nowMinute, PAGE, cursor);
    for (const issueId of page.issueIds) {
      if (deps.now() >= deadline) return { ...report, outOfTime: true };
      try {
        const outcome = await sweepOne(deps, settings, issueId);
        if (outcome !== 'nothing') report[outcome] += 1;
      } catch (error) {
        report.errors += 1;
        console.error(`Survey sweep: ticket ${issueId} failed and is left for the next sweep:`, error);
      }
    }
    cursor = page.cursor;
  } while (cursor);
  return report;
}

type Outcome = 'invited' | 'reminded' | 'expired' | 'withdrawn' | 'failed' | 'deferred' | 'nothing';

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
    const confirmed = confirmResolution(
      survey,
      await deps.desk.resolutionOf(survey.ticketKey),
      settings,
      now,
    );
    if (confirmed.action === 'gone') {
      await recordFailure(deps, held, survey, kind, { status: 404, reason: 'The request no longer exists.' });
      return 'failed';
    }
    if (confirmed.action === 'withdraw') {
      await recordWithdrawal(deps, held, survey, confirmed.survey, settings);
      return 'withdrawn';
    }
    // A reminder's links expire with the survey; an invitation's when markInvited will say.
    const expiresAt =
      kind === 'reminder' && survey.expiresAt
        ? new Date(survey.expiresAt)
        : addDays(now, settings.expiryDays);
    const links = deps.answerLinks;
    const body = await surveyComment(
      deps.desk,
      settings,
      survey.ticketKey,
      kind,
      links && ((locale) => answerLinksFor(links, survey, settings, locale, expiresAt)),
    );
    if (body !== null) await deps.desk.addComment(survey.ticketKey, body, { public: true });
  } catch (error) {
    if (error instanceof JiraUnavailable) {
      await holdForRetry(deps, held, survey, error, attempts + 1);
      return 'deferred';
    }
    if (error instanceof JiraRefused) {
      await recordFailure(deps, held, survey, kind, { status: error.status, reason: error.reason });
      return 'failed';
    }
    throw error;
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

/**
 * Jira refused for good. A refused invitation ends the survey `failed` with the reason, shown in
 * the agent's panel; a refused reminder is dropped (the invitation stands, the customer can still
 * answer). Written on the claimed version: an answer that arrived meanwhile wins, and the next
 * sweep decides again.
 */
async function recordFailure(
  deps: SweepDeps,
  held: Versioned<TicketState>,
  survey: Survey,
  kind: 'invitation' | 'reminder',
  failure: SurveyFailure,
): Promise<void> {
  console.warn(`Survey ${survey.id}: Jira refused the ${kind} (HTTP ${failure.status}): ${failure.reason}`);
  const failed = kind === 'invitation' ? markFailed(survey, deps.now(), failure) : null;
  const next =
    failed === null
      ? withSurvey(held.value, { ...survey, remindAt: null })
      : failed.ok
        ? withSurvey(held.value, failed.survey)
        : held.value;
  await deps.tickets.commit({ ticket: { value: { ...next, sweepClaim: null }, version: held.version } });
}

/** Stores the survey as the confirmation left it; one withdrawn before its invitation gives the throttle back. */
async function recordWithdrawal(
  deps: SweepDeps,
  held: Versioned<TicketState>,
  before: Survey,
  after: Survey,
  settings: SurveySettings,
): Promise<void> {
  const customer =
    before.state === 'scheduled' && before.reporter ? await deps.tickets.loadCustomer(before.reporter) : null;
  await commitWithFacts(
    deps,
    {
      ticket: { value: { ...withSurvey(held.value, after), sweepClaim: null }, version: held.version },
      ...(customer?.value
        ? { customer: { value: withoutSurveyed(customer.value, before.id), version: customer.version } }
        : {}),
    },
    held.value,
    settings.reportingTimeZone,
  );
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
