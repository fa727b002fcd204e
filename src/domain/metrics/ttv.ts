import type { DurationSummary } from '../buckets/duration-summary';
import type { Ticket } from '../records/ticket';
import { durationStats, type DurationStats } from './duration-stats';

/**
 * When a request delivered its value: `valueAt` if known, else `resolvedAt`. Incidents and
 * tickets of unknown kind have no time to value.
 */
export function valueDeliveredAt(ticket: Ticket): number | undefined {
  return ticket.kind === 'request' ? (ticket.valueAt ?? ticket.resolvedAt) : undefined;
}

/**
 * TTV = completion − createdAt over requests placed by completion.
 *
 * Empty input: `n = 0` gives `null` statistics.
 */
export function ttv(summary: DurationSummary): DurationStats {
  return durationStats(summary);
}
