import type { ResolutionEvent } from '../../domain/resolution/events';
import { mergeInto } from '../../domain/capture/merge-observations';
import { observationFromRestIssue } from '../../domain/capture/ticket-record-from';
import { isSuperseded } from '../../domain/resolution/latest-change';
import type { SurveySettings } from '../../domain/settings/survey-settings';
import { withLastResolved } from '../../domain/nps/nps-cycle';
import { decideOnResolution, withRequestType } from '../../domain/survey/decide-on-resolution';
import { onReopen } from '../../domain/survey/on-reopen';
import { surveyId, type Survey } from '../../domain/survey/survey';
import {
  emptyCustomer,
  lastSurveyedAt,
  withLinkedIssue,
  withoutSurveyed,
  withSurveyed,
  type CustomerState,
} from '../../domain/ticket/customer-state';
import {
  alreadyProcessed,
  currentSurvey,
  emptyTicket,
  withEvent,
  withSurvey,
  type TicketState,
} from '../../domain/ticket/ticket-state';
import { commitWithFacts } from '../aggregates/commit-with-facts';
import { JiraUnavailable } from '../errors';
import type { RollupQueue } from '../ports/rollup-queue';
import type { IssueSnapshot, ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketChange, TicketStore, Versioned } from '../ports/ticket-store';
import { conflict, done, untilCommitted } from './optimistic';

export interface ResolvedIssueFacts {
  reporter: string | null;
}

/** `stale`: a newer change of the ticket was already applied, so this one changed nothing. */
export type ResolutionOutcome = 'duplicate' | 'scheduled' | 'skipped' | 'cancelled' | 'reopened' | 'stale';

type Deps = { tickets: TicketStore; settings: SettingsStore; desk: ServiceDesk; rollups: RollupQueue };

/**
 * How long a resolution waits for Jira's answer before it is stored from its event alone: well
 * inside a trigger's 25 s, so the store always happens before the invocation is cut off.
 */
export const ISSUE_READ_WAIT_MS = 12_000;

/**
 * Applies one resolution or reopen to the ticket: a resolution starts a survey (or records why
 * not), a reopen cancels the current survey unless it was answered. A changelog already applied
 * changes nothing, however often and however concurrently it is delivered; a change older than
 * one already applied (Forge promises no order) is kept in the history and changes nothing else.
 *
 * The resolution is stored whatever Jira does: the issue (request type, attribution, process
 * metrics) is read while the settings are, and when Jira fails, refuses or has not answered within
 * `ISSUE_READ_WAIT_MS`, the resolution and its survey are stored from what the event itself
 * carries (moment, reporter, project, changelog), with the read marked as owed; only then is the
 * failure passed on (`JiraUnavailable` makes the trigger ask for a redelivery). The sweeper and the
 * hourly reconciliation finish an owed read when every redelivery fails too. When Jira answers,
 * everything is one transaction.
 *
 * @param snapshot the issue, when the caller has already read it (the reconciliation has).
 */
export async function handleResolutionChange(
  deps: Deps,
  event: ResolutionEvent,
  facts: ResolvedIssueFacts,
  snapshot?: IssueSnapshot,
): Promise<ResolutionOutcome> {
  if (event.kind === 'reopened') return onReopened(deps, event);
  const [settings, read] = await Promise.all([
    deps.settings.get(),
    snapshot ? { snapshot } : readIssue(deps.desk, event.issueKey),
  ]);
  const outcome = await recordResolution(deps, settings, event, facts, read.snapshot ?? null);
  if ('error' in read) throw read.error; // the resolution is stored; the read is owed
  return outcome;
}

/** The issue, or why it could not be had within `ISSUE_READ_WAIT_MS`. */
async function readIssue(
  desk: ServiceDesk,
  key: string,
): Promise<{ snapshot: IssueSnapshot } | { snapshot?: undefined; error: unknown }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new JiraUnavailable(504, null, `reading ${key} (no answer within ${ISSUE_READ_WAIT_MS / 1000} s)`),
        ),
      ISSUE_READ_WAIT_MS,
    );
  });
  try {
    return { snapshot: await Promise.race([desk.snapshotOf(key), late]) };
  } catch (error) {
    return { error };
  } finally {
    clearTimeout(timer);
  }
}

/** Stores the resolution and its survey decision, with what the issue adds when it was read. */
async function recordResolution(
  deps: Deps,
  settings: SurveySettings,
  event: ResolutionEvent,
  facts: ResolvedIssueFacts,
  snapshot: IssueSnapshot | null,
): Promise<ResolutionOutcome> {
  const naming = accountsToName(event.by, facts.reporter, snapshot?.dimensions.agent?.id);
  return untilCommitted<ResolutionOutcome>(async () => {
    const { ticket, customer } = await deps.tickets.load(event.issueId, facts.reporter, naming);
    const current = ticket.value ?? emptyTicket(event);
    if (alreadyProcessed(current, event.changelogId)) {
      // A redelivery of a resolution whose read was owed: finish it now that the issue is read.
      if (!snapshot || current.pendingSnapshot !== event.changelogId) return done('duplicate');
      const committed = await commitFinished(
        deps,
        settings,
        { value: current, version: ticket.version },
        snapshot,
      );
      return committed === 'conflict' ? conflict : done('duplicate');
    }
    if (isSuperseded(event, current.events)) {
      const committed = await deps.tickets.commit({
        ticket: { value: withEvent(current, event), version: ticket.version },
      });
      return committed === 'conflict' ? conflict : done('stale');
    }
    // A new resolution while an earlier survey is still open means the reopen between them never
    // arrived: withdraw that survey as the reopen would have, and give its throttle back.
    const previous = currentSurvey(current);
    const withdrawn = previous ? onReopen(previous, new Date(event.at)) : null;
    const gaveBack = previous?.state === 'scheduled' && withdrawn?.state === 'cancelled';
    let reporterRecord: CustomerState | null =
      facts.reporter !== null && customer !== null
        ? withLastResolved(withLinkedIssue(customer.value ?? emptyCustomer(facts.reporter), event.issueId), {
            issueId: event.issueId,
            issueKey: event.issueKey,
            projectKey: event.projectKey,
            at: event.at,
          })
        : null;
    if (reporterRecord && gaveBack && previous.reporter === facts.reporter)
      reporterRecord = withoutSurveyed(reporterRecord, previous.id);
    const survey = decideOnResolution({
      settings,
      // Without the issue, the request type is unknown: decided without it, and again once read.
      ticket: {
        id: event.issueId,
        key: event.issueKey,
        project: event.projectKey,
        requestTypeId: snapshot ? (snapshot.dimensions.requestType?.id ?? null) : null,
        reporter: facts.reporter,
      },
      changelogId: event.changelogId,
      resolvedAt: new Date(event.at),
      lastSurveyedAt: lastSurveyedAt(reporterRecord),
      cycle: current.surveys.length + 1,
    });
    const base = withdrawn && withdrawn !== previous ? withSurvey(current, withdrawn) : current;
    const recorded: TicketState = {
      ...withSurvey(withEvent(base, event), survey),
      pendingSnapshot: snapshot ? null : event.changelogId,
    };
    const next = snapshot ? withIssue(recorded, snapshot, event.at) : recorded;
    // The reporter's record links this ticket either way, so the personal-data report finds it;
    // a scheduled survey also counts against the reporter's throttle.
    const change: TicketChange = {
      ticket: { value: next, version: ticket.version },
      ...(reporterRecord && customer
        ? {
            customer: {
              value:
                survey.state === 'scheduled'
                  ? withSurveyed(reporterRecord, survey.id, survey.resolvedAt)
                  : reporterRecord,
              version: customer.version,
            },
          }
        : {}),
    };
    const committed = await commitWithFacts(deps, change, ticket.value, settings.reportingTimeZone);
    if (committed === 'conflict') return conflict;
    return done(survey.state === 'scheduled' ? 'scheduled' : 'skipped');
  });
}

/**
 * Finishes a resolution stored from its event alone: reads the issue (one call, unless the caller
 * passes it) for the attribution and the process metrics, and decides the survey again now that
 * the request type is known. Does nothing when nothing is owed any more (a redelivery, or another
 * run, finished it first).
 *
 * @throws JiraUnavailable when Jira is rate limiting or failing; nothing is lost, it stays owed.
 */
export async function completeResolution(
  deps: Deps,
  issueId: string,
  issueKey: string,
  snapshot?: IssueSnapshot,
): Promise<'completed' | 'nothing-owed'> {
  const [settings, read] = await Promise.all([
    deps.settings.get(),
    snapshot ?? deps.desk.snapshotOf(issueKey),
  ]);
  // The actor and reporter were named when the resolution was stored; the issue adds the assignee.
  const naming = accountsToName(read.dimensions.agent?.id);
  return untilCommitted(async () => {
    const { ticket } = await deps.tickets.load(issueId, null, naming);
    if (!ticket.value || ticket.value.pendingSnapshot === null) return done('nothing-owed' as const);
    const committed = await commitFinished(
      deps,
      settings,
      { value: ticket.value, version: ticket.version },
      read,
    );
    return committed === 'conflict' ? conflict : done('completed' as const);
  });
}

/** Commits what the issue adds to a ticket whose read was owed; a survey it withdraws gives the throttle back. */
async function commitFinished(
  deps: Deps,
  settings: SurveySettings,
  ticket: Versioned<TicketState>,
  snapshot: IssueSnapshot,
): Promise<'committed' | 'conflict'> {
  const state = ticket.value;
  const changelogId = state.pendingSnapshot;
  const survey = state.surveys.find(
    (candidate) => candidate.id === surveyId(state.issueId, changelogId ?? ''),
  );
  const typed = survey
    ? withRequestType(survey, snapshot.dimensions.requestType?.id ?? null, settings)
    : null;
  const resolvedAt = state.events.find((event) => event.changelogId === changelogId)?.at;
  const next = withIssue(
    survey && typed && typed !== survey ? withSurvey(state, typed) : state,
    snapshot,
    resolvedAt ?? new Date().toISOString(),
  );
  const customer = withdrew(survey, typed) ? await deps.tickets.loadCustomer(survey!.reporter!) : null;
  return commitWithFacts(
    deps,
    {
      ticket: { value: next, version: ticket.version },
      ...(customer?.value
        ? { customer: { value: withoutSurveyed(customer.value, survey!.id), version: customer.version } }
        : {}),
    },
    state,
    settings.reportingTimeZone,
  );
}

/**
 * The accounts a change is about to name: the event's actor, the reporter (the survey's too), and
 * the assignee the issue's figures are attributed to, which is also its attribution's assignee.
 */
const accountsToName = (...accountIds: Array<string | null | undefined>): string[] =>
  accountIds.filter((accountId): accountId is string => !!accountId);

/** Whether deciding again took back a survey that counted against its reporter's throttle. */
const withdrew = (before: Survey | undefined, after: Survey | null): boolean =>
  before?.state === 'scheduled' && after?.state === 'skipped' && before.reporter !== null;

/** The ticket with what the issue read adds: attribution, process metrics, and nothing owed. */
function withIssue(ticket: TicketState, snapshot: IssueSnapshot, resolvedAt: string): TicketState {
  const observed = observationFromRestIssue(snapshot.issue, { observedAt: Date.parse(resolvedAt) });
  if (!observed.ok) console.warn(`${ticket.issueKey}: process metrics not captured: ${observed.reason}`);
  return {
    ...ticket,
    dimensions: snapshot.dimensions,
    observation: observed.ok ? mergeInto(ticket.observation, observed.observation) : ticket.observation,
    pendingSnapshot: null,
  };
}

async function onReopened(deps: Deps, event: ResolutionEvent): Promise<ResolutionOutcome> {
  return untilCommitted(async () => {
    const first = await deps.tickets.load(event.issueId, null, accountsToName(event.by));
    const current = first.ticket.value ?? emptyTicket(event);
    if (alreadyProcessed(current, event.changelogId)) return done<ResolutionOutcome>('duplicate');
    // A reopen older than the latest known change (delivered after the next resolution) must not
    // cancel that resolution's survey.
    const stale = isSuperseded(event, current.events);
    const survey = stale ? null : currentSurvey(current);
    const reopened = survey ? onReopen(survey, new Date(event.at)) : null;
    const withdrawn = survey?.state === 'scheduled' && reopened?.state === 'cancelled';
    // A survey withdrawn before its invitation gives the customer's throttle back.
    const customer: Versioned<CustomerState | null> | null =
      withdrawn && survey.reporter ? await deps.tickets.loadCustomer(survey.reporter) : null;
    const committed = await deps.tickets.commit({
      ticket: {
        value: reopened ? withSurvey(withEvent(current, event), reopened) : withEvent(current, event),
        version: first.ticket.version,
      },
      ...(customer?.value
        ? { customer: { value: withoutSurveyed(customer.value, survey!.id), version: customer.version } }
        : {}),
    });
    if (committed === 'conflict') return conflict;
    if (stale) return done<ResolutionOutcome>('stale');
    return done<ResolutionOutcome>(
      reopened?.state === 'cancelled' && survey?.state !== 'cancelled' ? 'cancelled' : 'reopened',
    );
  });
}
