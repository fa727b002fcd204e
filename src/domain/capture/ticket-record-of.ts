import { FCR_WINDOW_MS } from '../metrics/fcr';
import type { TicketInput } from '../records/ticket';
import { isoOf } from '../records/instant';
import type { TicketObservation } from './observation';

/** A follow-up is customer contact within this long after a resolution (metrics.md, FCR). */
export const FOLLOW_UP_WINDOW_MS = FCR_WINDOW_MS;

/** The canonical record of a ticket, or why there is none yet. */
export type TicketRecordResult = { ok: true; record: TicketInput } | { ok: false; reason: string };

/**
 * The canonical `ticket` record (metrics.md) of everything observed of a ticket:
 *
 * - `resolvedAt`: the first resolution; `reopenedAt`: each clearing of the resolution after it;
 * - `followUpAt`: each customer contact in (r, r + 7 days] of some resolution r;
 * - `handleSeconds`: the sum of the worklogs still standing, else a total known without them,
 *   absent when there is neither;
 * - attribution as last observed; a field Jira had empty is left out; `source` is `jsm`;
 *   `statusInquiry` is false and `valueAt` absent (Jira records neither).
 *
 * A moment before `createdAt` cannot be honest (it would give a negative duration), so a first
 * response or a resolution before creation is left out rather than making the record invalid.
 *
 * Empty input: an observation without `createdAt` (say, a comment event that came before the
 * creation event) has no record yet: `{ ok: false }`.
 */
export function ticketRecordOf(observation: TicketObservation): TicketRecordResult {
  const createdAt = observation.createdAt;
  if (createdAt === undefined) return { ok: false, reason: `ticket ${observation.id}: createdAt unknown` };
  const record: TicketInput = {
    type: 'ticket',
    source: 'jsm',
    id: observation.id,
    createdAt: isoOf(createdAt),
  };
  for (const [field, attributed] of Object.entries(observation.attribution)) {
    if (attributed.value === null) continue;
    if (field === 'kind') {
      if (attributed.value === 'incident' || attributed.value === 'request') record.kind = attributed.value;
    } else {
      record[field as Exclude<keyof typeof observation.attribution, 'kind'>] = attributed.value;
    }
  }
  const response = observation.firstResponse;
  if (response && response.at >= createdAt) {
    record.firstResponseAt = isoOf(response.at);
    record.firstResponseBy = response.by;
  }
  const resolutions = observation.resolutionsAt.filter((at) => at >= createdAt);
  const resolvedAt = resolutions[0];
  record.reopenedAt = [];
  record.followUpAt = [];
  if (resolvedAt !== undefined) {
    record.resolvedAt = isoOf(resolvedAt);
    record.reopenedAt = observation.reopenedAt.filter((at) => at > resolvedAt).map(isoOf);
    record.followUpAt = observation.contactsAt
      .filter((at) => resolutions.some((r) => at > r && at <= r + FOLLOW_UP_WINDOW_MS))
      .map(isoOf);
  }
  const worklogs = Object.values(observation.worklogs).filter((entry) => entry.seconds > 0);
  if (worklogs.length > 0) record.handleSeconds = worklogs.reduce((sum, entry) => sum + entry.seconds, 0);
  else if (observation.handleSeconds !== undefined) record.handleSeconds = observation.handleSeconds;
  record.statusInquiry = false;
  return { ok: true, record };
}
