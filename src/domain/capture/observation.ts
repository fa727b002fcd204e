import { z } from 'zod';
import type { EpochMs } from '../records/instant';

/** The ticket fields that say who and what a ticket is attributed to; the latest observation wins. */
export const ATTRIBUTION_FIELDS = [
  'key',
  'project',
  'kind',
  'priority',
  'requestType',
  'assignee',
  'team',
  'organization',
  'reporter',
] as const;
export type AttributionField = (typeof ATTRIBUTION_FIELDS)[number];

/**
 * Customer contacts kept per ticket: the latest ones. Follow-ups sit near resolutions, which come
 * late in a ticket's life, and the bound keeps one ticket's observation far below a stored value's
 * size limit however chatty the customer is.
 */
export const CONTACT_LIMIT = 200;

const epochMs = z.number().finite();
const responder = z.enum(['automation', 'human']);

/** One attribution as seen at `at`: `null` means Jira said there is none (unassigned, no team). */
export const attributedSchema = z.object({ value: z.string().nullable(), at: epochMs });
export type Attributed = z.infer<typeof attributedSchema>;

/** One worklog as last seen: a deleted worklog stays as a zero-second entry, so a late copy of it loses. */
export const worklogEntrySchema = z.object({ seconds: z.number().nonnegative(), at: epochMs });
export type WorklogEntry = z.infer<typeof worklogEntrySchema>;

/**
 * What the app has observed of one ticket, from live events, a backfill, or both. Every part
 * merges by a rule that does not care about order or repetition (see `mergeTicketObservations`),
 * and the canonical record is derived from the merged whole (`ticketRecordOf`), so a late event
 * or a redelivered one changes nothing it should not.
 *
 * Raw facts are kept rather than conclusions where a conclusion needs other facts that may come
 * later: every moment the resolution was set (the first is `resolvedAt`; each opens a 7-day
 * follow-up window), every customer contact (a follow-up only if some resolution precedes it by at
 * most 7 days), every reopen (counted only after the first resolution).
 */
export const ticketObservationSchema = z.object({
  /** Jira's issue id. */
  id: z.string().min(1),
  createdAt: epochMs.optional(),
  /** The earliest public response by anyone but the reporter or a participant. */
  firstResponse: z.object({ at: epochMs, by: responder }).optional(),
  /** Each moment the resolution field was set, sorted, without repeats. */
  resolutionsAt: z.array(epochMs),
  /** Each moment the resolution field was cleared, sorted, without repeats. */
  reopenedAt: z.array(epochMs),
  /** Public comments by the reporter or a participant, sorted, the latest `CONTACT_LIMIT`. */
  contactsAt: z.array(epochMs),
  /** Worklogs by id. */
  worklogs: z.record(z.string(), worklogEntrySchema),
  /** A handle time known only as a total (a source without worklog ids). */
  handleSeconds: z.number().nonnegative().optional(),
  attribution: z.partialRecord(z.enum(ATTRIBUTION_FIELDS), attributedSchema),
});

export type TicketObservation = z.infer<typeof ticketObservationSchema>;

/** An observation of a ticket that says nothing yet; merging it into another changes nothing. */
export function emptyObservation(id: string): TicketObservation {
  return { id, resolutionsAt: [], reopenedAt: [], contactsAt: [], worklogs: {}, attribution: {} };
}

/** Sorted, without repeats. */
export function sortedUnique(values: Iterable<EpochMs>): EpochMs[] {
  return [...new Set(values)].sort((a, b) => a - b);
}
