import { mergeInto } from '../../domain/capture/merge-observations';
import type { TicketObservation } from '../../domain/capture/observation';
import type { Dimensions } from '../../domain/facts/dimensions';
import { emptyTicket, type TicketState } from '../../domain/ticket/ticket-state';
import { commitWithFacts } from '../aggregates/commit-with-facts';
import type { RollupQueue } from '../ports/rollup-queue';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketStore } from '../ports/ticket-store';
import { conflict, done, untilCommitted } from '../survey/optimistic';

export interface ObservedTicket {
  issueId: string;
  issueKey: string;
  projectKey: string;
}

export interface Observed {
  observation: TicketObservation;
  /** Attribution read with the observation; kept only when the ticket has none yet. */
  dimensions?: Dimensions;
  jsmFeedback?: TicketState['jsmFeedback'];
}

type Deps = { tickets: TicketStore; settings: SettingsStore; rollups: RollupQueue };

const hasAttribution = (dimensions: Dimensions) => Object.values(dimensions).some((value) => value !== null);

/**
 * Merges what a live event or a backfill observed of a ticket into what is stored.
 * Merging is order-free and idempotent (see mergeTicketObservations), so live events and an
 * import that overlap count each ticket once; a change that adds nothing writes nothing.
 */
export async function recordObservation(
  deps: Deps,
  ticket: ObservedTicket,
  observed: Observed,
): Promise<'recorded' | 'unchanged'> {
  const timeZone = (await deps.settings.get()).reportingTimeZone;
  return untilCommitted(async () => {
    const { ticket: stored } = await deps.tickets.load(ticket.issueId);
    const current = stored.value ?? emptyTicket(ticket);
    const next: TicketState = {
      ...current,
      observation: mergeInto(current.observation, observed.observation),
      dimensions:
        observed.dimensions && !hasAttribution(current.dimensions) ? observed.dimensions : current.dimensions,
      jsmFeedback: current.jsmFeedback ?? observed.jsmFeedback ?? null,
    };
    if (JSON.stringify(next) === JSON.stringify(current) && stored.value) return done('unchanged' as const);
    const committed = await commitWithFacts(
      deps,
      { ticket: { value: next, version: stored.version } },
      stored.value,
      timeZone,
    );
    return committed === 'conflict' ? conflict : done('recorded' as const);
  });
}
