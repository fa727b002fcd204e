import type { TicketTimings } from '../../contract/backfill';
import { ticketRecordOf } from '../../domain/capture/ticket-record-of';
import type { TicketStore } from '../ports/ticket-store';

const seconds = (from: unknown, to: unknown) =>
  typeof from === 'string' && typeof to === 'string'
    ? Math.round((Date.parse(to) - Date.parse(from)) / 1000)
    : null;
const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** The ticket's own process figures for the agent panel; `null` when it was never captured. */
export async function readTicketTimings(
  tickets: TicketStore,
  issueId: string,
): Promise<TicketTimings | null> {
  const { ticket } = await tickets.load(issueId);
  const observation = ticket.value?.observation;
  const result = observation ? ticketRecordOf(observation) : null;
  if (!result?.ok) return null;
  const record = result.record;
  return {
    createdAt: text(record.createdAt),
    firstResponseAt: text(record.firstResponseAt),
    firstResponseBy: record.firstResponseBy ?? null,
    resolvedAt: text(record.resolvedAt),
    reopenedAt: (record.reopenedAt ?? []).filter((at): at is string => typeof at === 'string'),
    acknowledgeSeconds: seconds(record.createdAt, record.firstResponseAt),
    resolveSeconds: seconds(record.createdAt, record.resolvedAt),
    handleSeconds: record.handleSeconds ?? null,
  };
}
