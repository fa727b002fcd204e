import { factChanges, ticketFacts } from '../../domain/facts/ticket-facts';
import type { TicketState } from '../../domain/ticket/ticket-state';
import type { RollupQueue } from '../ports/rollup-queue';
import type { TicketChange, TicketStore } from '../ports/ticket-store';

/**
 * Commits a ticket change together with the facts it changes, then asks for those days'
 * aggregates to be rebuilt. The facts (and a rebuild marker per day) are written in the same
 * transaction as the ticket, so they never disagree; the rebuild request is only a hurry-up —
 * a missed or refused one (Forge refuses pushes past 500 events a minute) is caught by the
 * scheduled catch-up, which re-asks for marked days every five minutes.
 */
export async function commitWithFacts(
  deps: { tickets: TicketStore; rollups: RollupQueue },
  change: TicketChange,
  before: TicketState | null,
  timeZone: string,
): Promise<'committed' | 'conflict'> {
  const after = change.ticket.value;
  // Both sides use the new attribution: facts already stored keep theirs, and a commit only
  // writes the days whose records changed (a few keys, well inside one transaction).
  const facts = factChanges(
    before ? ticketFacts(before, after.dimensions, timeZone) : [],
    ticketFacts(after, after.dimensions, timeZone),
  );
  const committed = await deps.tickets.commit({ ...change, facts });
  const days = [...facts.write, ...facts.remove].map(({ projectKey, day }) => ({ projectKey, day }));
  if (committed === 'committed' && days.length > 0) {
    await deps.rollups
      .schedule(days)
      .catch((error: unknown) =>
        console.warn(
          'Rollup request failed; the scheduled catch-up will ask again:',
          error instanceof Error ? `${error.name}: ${error.message}` : error,
        ),
      );
  }
  return committed;
}
