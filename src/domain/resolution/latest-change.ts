import type { ResolutionEvent } from './events';

/** What orders two changes of one issue: the changelog that made each, and when. */
export type Change = Pick<ResolutionEvent, 'changelogId' | 'at'>;

const NUMERIC_ID = /^\d{1,30}$/;

/**
 * Orders two changes of one issue: negative when `a` came first, positive when it came later.
 *
 * Forge delivers product events in no promised order (a late redelivery can arrive after a newer
 * event), so the order must come from the changes themselves. Jira numbers changelogs from one
 * growing sequence (an issue's changelog lists them oldest first with growing ids), so two numeric
 * ids decide exactly, even for changes in the same millisecond; otherwise the times decide, and
 * the ids as text break a tie.
 *
 * @example compareChanges({ changelogId: '10200', at: … }, { changelogId: '10199', at: … }) //=> 1
 */
export function compareChanges(a: Change, b: Change): number {
  if (NUMERIC_ID.test(a.changelogId) && NUMERIC_ID.test(b.changelogId)) {
    const [x, y] = [BigInt(a.changelogId), BigInt(b.changelogId)];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Date.parse(a.at) - Date.parse(b.at) || a.changelogId.localeCompare(b.changelogId);
}

/** The latest of the changes, or `null` when there are none. */
export function latestChange<T extends Change>(changes: readonly T[]): T | null {
  return changes.reduce<T | null>(
    (latest, change) => (latest === null || compareChanges(change, latest) > 0 ? change : latest),
    null,
  );
}

/**
 * Whether a change newer than `change` is already known: then `change` arrived late or out of
 * order, and acting on it would undo what the newer one did (a resolution delivered after the
 * reopen that followed it must not schedule a survey; a reopen delivered after the next
 * resolution must not cancel that resolution's survey).
 */
export function isSuperseded(change: Change, known: readonly Change[]): boolean {
  return known.some((other) => compareChanges(other, change) > 0);
}

/**
 * How far apart two readings of one resolution's moment may be: the event's timestamp and the
 * issue's `resolutiondate` are written by the same transition, but not to the same millisecond.
 */
export const SAME_RESOLUTION_MS = 60_000;

/** Whether two instants (ISO-8601) are the same resolution's moment, as read from two places. */
export function sameResolutionMoment(a: string, b: string): boolean {
  return Math.abs(Date.parse(a) - Date.parse(b)) <= SAME_RESOLUTION_MS;
}
