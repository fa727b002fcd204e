import type { ResolutionEvent } from '../../domain/resolution/events';
import { mergeInto } from '../../domain/capture/merge-observations';
import { observationFromRestIssue } from '../../domain/capture/ticket-record-from';
import { isSuperseded } from '../../domain/resolution/latest-change';
import { decideOnResolution, withRequestType } from '../../domain/survey/decide-on-resolution';
import { onReopen } from '../../domain/survey/on-reopen';
import { surveyId } from '../../domain/survey/survey';
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
import type { RollupQueue } from '../ports/rollup-queue';
import type { IssueSnapshot, ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketStore, Versioned } from '../ports/ticket-store';
import { conflict, done, untilCommitted } from './optimistic';

export interface ResolvedIssueFacts {
  reporter: string | null;
}

/** `stale`: a newer change of the ticket was already applied, so this one changed nothing. */
export type ResolutionOutcome = 'duplicate' | 'scheduled' | 'skipped' | 'cancelled' | 'reopened' | 'stale';

type Deps = { tickets: TicketStore; settings: SettingsStore; desk: ServiceDesk; rollups: RollupQueue };

/**
 * Applies one resolution or reopen to the ticket: a resolution starts a survey (or records why
 * not), a reopen cancels the current survey unless it was answered. A changelog already applied
 * changes nothing, however often and however concurrently it is delivered; a change older than
 * one already applied (Forge promises no order) is kept in the history and changes nothing else.
 *
 * A resolution is first recorded from what the event itself carries (moment, reporter, project,
 * changelog), with no call to Jira, so a Jira outage cannot lose it; only then is the issue read
 * for the rest (request type, attribution, process metrics). That read may throw
 * `JiraUnavailable` after the resolution is safely stored: the trigger asks for a redelivery,
 * and the sweeper and the hourly reconciliation finish it if every redelivery fails too.
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
  const recorded = await recordResolution(deps, event, facts);
  if (recorded.readOwed) await completeResolution(deps, event.issueId, event.issueKey, snapshot);
  return recorded.outcome;
}

/** What recording a resolution did, and whether the read of the issue is still owed. */
type Recorded = { outcome: ResolutionOutcome; readOwed: boolean };

/** Stores the resolution and its survey decision from the event alone (no Jira call). */
async function recordResolution(
  deps: Deps,
  event: ResolutionEvent,
  facts: ResolvedIssueFacts,
): Promise<Recorded> {
  const settings = await deps.settings.get();
  return untilCommitted<Recorded>(async () => {
    const { ticket, customer } = await deps.tickets.load(event.issueId, facts.reporter);
    const current = ticket.value ?? emptyTicket(event);
    if (alreadyProcessed(current, event.changelogId)) {
      return done<Recorded>({
        outcome: 'duplicate',
        readOwed: current.pendingSnapshot === event.changelogId,
      });
    }
    if (isSuperseded(event, current.events)) {
      const committed = await deps.tickets.commit({
        ticket: { value: withEvent(current, event), version: ticket.version },
      });
      return committed === 'conflict' ? conflict : done<Recorded>({ outcome: 'stale', readOwed: false });
    }
    // A new resolution while an earlier survey is still open means the reopen between them never
    // arrived: withdraw that survey as the reopen would have, and give its throttle back.
    const previous = currentSurvey(current);
    const withdrawn = previous ? onReopen(previous, new Date(event.at)) : null;
    const gaveBack = previous?.state === 'scheduled' && withdrawn?.state === 'cancelled';
    let reporterRecord: CustomerState | null =
      facts.reporter !== null && customer !== null
        ? withLinkedIssue(customer.value ?? emptyCustomer(facts.reporter), event.issueId)
        : null;
    if (reporterRecord && gaveBack && previous.reporter === facts.reporter)
      reporterRecord = withoutSurveyed(reporterRecord, previous.id);
    const survey = decideOnResolution({
      settings,
      // The request type is not in the event: decided without it, and again once it is read.
      ticket: {
        id: event.issueId,
        key: event.issueKey,
        project: event.projectKey,
        requestTypeId: null,
        reporter: facts.reporter,
      },
      changelogId: event.changelogId,
      resolvedAt: new Date(event.at),
      lastSurveyedAt: lastSurveyedAt(reporterRecord),
      cycle: current.surveys.length + 1,
    });
    const base = withdrawn && withdrawn !== previous ? withSurvey(current, withdrawn) : current;
    const next: TicketState = {
      ...withSurvey(withEvent(base, event), survey),
      pendingSnapshot: event.changelogId,
    };
    // The reporter's record links this ticket either way, so the personal-data report finds it;
    // a scheduled survey also counts against the reporter's throttle.
    const change = {
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
    return done<Recorded>({
      outcome: survey.state === 'scheduled' ? 'scheduled' : 'skipped',
      readOwed: true,
    });
  });
}

/**
 * Finishes a resolution recorded from its event alone: reads the issue (one call, unless the
 * caller passes it) for the attribution and the process metrics, and decides the survey again now
 * that the request type is known. Does nothing when nothing is owed any more (another delivery,
 * the sweeper or the reconciliation finished it first).
 *
 * @throws JiraUnavailable when Jira is rate limiting or failing; nothing is lost, it stays owed.
 */
export async function completeResolution(
  deps: Deps,
  issueId: string,
  issueKey: string,
  snapshot?: IssueSnapshot,
): Promise<'completed' | 'nothing-owed'> {
  const settings = await deps.settings.get();
  const read = snapshot ?? (await deps.desk.snapshotOf(issueKey));
  const requestTypeId = read.dimensions.requestType?.id ?? null;
  return untilCommitted(async () => {
    const { ticket } = await deps.tickets.load(issueId);
    const state = ticket.value;
    if (!state || state.pendingSnapshot === null) return done('nothing-owed' as const);
    const changelogId = state.pendingSnapshot;
    const resolvedAt = state.events.find((event) => event.changelogId === changelogId)?.at;
    const observed = observationFromRestIssue(read.issue, {
      observedAt: resolvedAt ? Date.parse(resolvedAt) : Date.now(),
    });
    if (!observed.ok) console.warn(`${issueKey}: process metrics not captured: ${observed.reason}`);
    const survey = state.surveys.find((candidate) => candidate.id === surveyId(issueId, changelogId)) ?? null;
    const typed = survey ? withRequestType(survey, requestTypeId, settings) : null;
    const next: TicketState = {
      ...(survey && typed && typed !== survey ? withSurvey(state, typed) : state),
      dimensions: read.dimensions,
      observation: observed.ok ? mergeInto(state.observation, observed.observation) : state.observation,
      pendingSnapshot: null,
    };
    // A survey withdrawn before its invitation gives the customer's throttle back.
    const withdrawn = survey?.state === 'scheduled' && typed?.state === 'skipped' && survey.reporter !== null;
    const customer = withdrawn ? await deps.tickets.loadCustomer(survey.reporter!) : null;
    const committed = await commitWithFacts(
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
    return committed === 'conflict' ? conflict : done('completed' as const);
  });
}

async function onReopened(deps: Deps, event: ResolutionEvent): Promise<ResolutionOutcome> {
  return untilCommitted(async () => {
    const first = await deps.tickets.load(event.issueId);
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
