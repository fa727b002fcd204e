import { z } from 'zod';

/**
 * An ISO-8601 timestamp with an offset or `Z`, read as epoch milliseconds.
 *
 * Records carry instants as numbers once parsed so that every metric is plain arithmetic; a
 * timestamp without an offset is rejected because its moment would depend on the reader's zone.
 */
export const instant = z.iso.datetime({ offset: true }).transform((text) => Date.parse(text));

/** Optional fields arrive as absent or `null` from exports; both mean "not known". */
export const optionalInstant = instant.nullish().transform((value) => value ?? undefined);

/** Milliseconds since the epoch. */
export type EpochMs = number;

/** The canonical wire form of an instant: ISO-8601 in UTC (`…Z`). */
export const isoOf = (at: EpochMs): string => new Date(at).toISOString();
