import type { ResolutionEvent } from '../../domain/resolution/events';
import { mergeInto } from '../../domain/capture/merge-observations';
import { observationFromRestIssue } from '../../domain/capture/ticket-record-from';
import { decideOnResolution } from '../../domain/survey/decide-on-resolution';
import { onReopen } from '../../domain/survey/on-reopen';
import {
  emptyCustomer,
  lastSurveyedAt,
  withLinkedIssue,
  withoutSurveyed,
  withSurveyed,
} from '../../domain/ticket/customer-state';
import {
  alreadyProcessed,
  currentSurvey,
  emptyTicket,
  withEvent,
  withSurvey,
} from '../../domain/ticket/ticket-state';
import { commitWithFacts } from '../aggregates/commit-with-facts';
import type { RollupQueue } from '../ports/rollup-queue';
import type { ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketStore } from '../ports/ticket-store';
import { conflict, done, untilCommitted } from './optimistic';

export interface ResolvedIssueFacts {
  reporter: string | null;
}

export type ResolutionOutcome = 'duplicate' | 'scheduled' | 'skipped' | 'cancelled' | 'reopened';

type Deps = { tickets: TicketStore; settings: SettingsStore; desk: ServiceDesk; rollups: RollupQueue };

/**
 * Applies one resolution or reopen to the ticket: a resolution starts a survey (or records why
 * not), a reopen cancels the current survey unless it was answered. The event carries neither
 * the request type nor the organization, so a resolution reads them from Jira (one call). A changelog already applied
 * changes nothing, however often and however concurrently it is delivered.
 */
export async function handleResolutionChange(
  deps: Deps,
  event: ResolutionEvent,
  facts: ResolvedIssueFacts,
): Promise<ResolutionOutcome> {
  return event.kind === 'resolved' ? onResolved(deps, event, facts) : onReopened(deps, event);
}

async function onResolved(
  deps: Deps,
  event: ResolutionEvent,
  facts: ResolvedIssueFacts,
): Promise<ResolutionOutcome> {
  const settings = await deps.settings.get();
  // The event does not carry the request type: ask JSM only when some type is excluded.
  // One read of the issue gives the attribution (assignee, team, type, priority, organization at
  // resolution) and everything the process metrics need, even if earlier live events were missed.
  const snapshot = await deps.desk.snapshotOf(event.issueKey);
  const { dimensions } = snapshot;
  const requestTypeId = dimensions.requestType?.id ?? null;
  const observed = observationFromRestIssue(snapshot.issue, { observedAt: Date.parse(event.at) });
  if (!observed.ok) console.warn(`${event.issueKey}: process metrics not captured: ${observed.reason}`);
  return untilCommitted(async () => {
    const { ticket, customer } = await deps.tickets.load(event.issueId, facts.reporter);
    const current = ticket.value ?? emptyTicket(event);
    if (alreadyProcessed(current, event.changelogId)) return done<ResolutionOutcome>('duplicate');
    const survey = decideOnResolution({
      settings,
      ticket: {
        id: event.issueId,
        key: event.issueKey,
        project: event.projectKey,
        requestTypeId,
        reporter: facts.reporter,
      },
      changelogId: event.changelogId,
      resolvedAt: new Date(event.at),
      lastSurveyedAt: lastSurveyedAt(customer?.value ?? null),
      cycle: current.surveys.length + 1,
    });
    const next = {
      ...withSurvey(withEvent(current, event), survey),
      dimensions,
      observation: observed.ok ? mergeInto(current.observation, observed.observation) : current.observation,
    };
    // The reporter's record links this ticket either way, so the personal-data report finds it;
    // a scheduled survey also counts against the reporter's throttle.
    const reporterRecord =
      facts.reporter !== null && customer !== null
        ? withLinkedIssue(customer.value ?? emptyCustomer(facts.reporter), event.issueId)
        : null;
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
    return done<ResolutionOutcome>(survey.state === 'scheduled' ? 'scheduled' : 'skipped');
  });
}

async function onReopened(deps: Deps, event: ResolutionEvent): Promise<ResolutionOutcome> {
  return untilCommitted(async () => {
    const first = await deps.tickets.load(event.issueId);
    const current = first.ticket.value ?? emptyTicket(event);
    if (alreadyProcessed(current, event.changelogId)) return done<ResolutionOutcome>('duplicate');
    const survey = currentSurvey(current);
    const reopened = survey ? onReopen(survey, new Date(event.at)) : null;
    const withdrawn = survey?.state === 'scheduled' && reopened?.state === 'cancelled';
    // A survey withdrawn before its invitation gives the customer's throttle back.
    const customer = withdrawn && survey.reporter ? await deps.tickets.loadCustomer(survey.reporter) : null;
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
    return done<ResolutionOutcome>(
      reopened?.state === 'cancelled' && survey?.state !== 'cancelled' ? 'cancelled' : 'reopened',
    );
  });
}
