import type { ResolutionEvent } from '../../domain/resolution/events';
import { decideOnResolution } from '../../domain/survey/decide-on-resolution';
import { onReopen } from '../../domain/survey/on-reopen';
import { emptyCustomer } from '../../domain/ticket/customer-state';
import {
  alreadyProcessed,
  currentSurvey,
  emptyTicket,
  withEvent,
  withSurvey,
} from '../../domain/ticket/ticket-state';
import type { ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketStore } from '../ports/ticket-store';
import { conflict, done, untilCommitted } from './optimistic';

export interface ResolvedIssueFacts {
  reporter: string | null;
}

export type ResolutionOutcome = 'duplicate' | 'scheduled' | 'skipped' | 'cancelled' | 'reopened';

/**
 * Applies one resolution or reopen to the ticket: a resolution starts a survey (or records why
 * not), a reopen cancels the current survey unless it was answered. A changelog already applied
 * changes nothing, however often and however concurrently it is delivered.
 */
export async function handleResolutionChange(
  deps: { tickets: TicketStore; settings: SettingsStore; desk: ServiceDesk },
  event: ResolutionEvent,
  facts: ResolvedIssueFacts,
): Promise<ResolutionOutcome> {
  const settings = event.kind === 'resolved' ? await deps.settings.get() : null;
  // The event does not carry the request type: ask JSM only when some type is excluded.
  const requestTypeId = settings?.excludedRequestTypes.length
    ? ((await deps.desk.getRequest(event.issueKey))?.requestTypeId ?? null)
    : null;
  return untilCommitted(async () => {
    const customerId = event.kind === 'resolved' ? facts.reporter : null;
    const { ticket, customer } = await deps.tickets.load(event.issueId, customerId);
    const current = ticket.value ?? emptyTicket(event);
    if (alreadyProcessed(current, event.changelogId)) return done<ResolutionOutcome>('duplicate');
    const recorded = withEvent(current, event);

    if (event.kind === 'reopened') {
      const survey = currentSurvey(recorded);
      const reopened = survey ? onReopen(survey, new Date(event.at)) : null;
      const next = reopened ? withSurvey(recorded, reopened) : recorded;
      const committed = await deps.tickets.commit({ ticket: { value: next, version: ticket.version } });
      if (committed === 'conflict') return conflict;
      return done<ResolutionOutcome>(
        reopened?.state === 'cancelled' && survey?.state !== 'cancelled' ? 'cancelled' : 'reopened',
      );
    }

    const lastSurveyedAt = customer?.value?.lastSurveyedAt ?? null;
    const survey = decideOnResolution({
      settings: settings!,
      ticket: {
        id: event.issueId,
        key: event.issueKey,
        project: event.projectKey,
        requestTypeId,
        reporter: facts.reporter,
      },
      changelogId: event.changelogId,
      resolvedAt: new Date(event.at),
      lastSurveyedAt: lastSurveyedAt ? new Date(lastSurveyedAt) : null,
      cycle: current.surveys.length + 1,
    });
    const surveyed = survey.state === 'scheduled' && facts.reporter !== null && customer !== null;
    const committed = await deps.tickets.commit({
      ticket: { value: withSurvey(recorded, survey), version: ticket.version },
      ...(surveyed
        ? {
            customer: {
              value: {
                ...(customer.value ?? emptyCustomer(facts.reporter!)),
                lastSurveyedAt: survey.resolvedAt,
              },
              version: customer.version,
            },
          }
        : {}),
      resolved: { projectKey: event.projectKey, at: event.at, changelogId: event.changelogId },
    });
    if (committed === 'conflict') return conflict;
    return done<ResolutionOutcome>(survey.state === 'scheduled' ? 'scheduled' : 'skipped');
  });
}
