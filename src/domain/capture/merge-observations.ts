import {
  ATTRIBUTION_FIELDS,
  CONTACT_LIMIT,
  sortedUnique,
  type Attributed,
  type TicketObservation,
  type WorklogEntry,
} from './observation';

/**
 * Merges two observations of the same ticket. The merge is commutative, associative and
 * idempotent, so live events and a backfill may see a ticket in any order, any number of times,
 * and the stored observation ends the same:
 *
 * - `createdAt`, `firstResponse`: the earliest (on a tie, `automation` before `human`, so a comment
 *   seen once without its author's account type and once with it settles on the better-informed view);
 * - resolutions, reopens, contacts: the union, sorted, without repeats (contacts: the latest `CONTACT_LIMIT`);
 * - worklogs: per worklog, the latest version (a deletion is a later zero); on a tie the larger;
 * - `handleSeconds` (a total without worklogs): the largest;
 * - attribution: per field, the latest observation; on a tie the larger value (`null` smallest).
 *
 * Empty input: merging with `emptyObservation(id)` returns an equal observation.
 * @throws RangeError when the two observations are of different tickets (a caller's mistake).
 */
export function mergeTicketObservations(
  current: TicketObservation,
  observed: TicketObservation,
): TicketObservation {
  if (current.id !== observed.id) {
    throw new RangeError(`cannot merge observations of tickets ${current.id} and ${observed.id}`);
  }
  const merged: TicketObservation = {
    id: current.id,
    resolutionsAt: sortedUnique([...current.resolutionsAt, ...observed.resolutionsAt]),
    reopenedAt: sortedUnique([...current.reopenedAt, ...observed.reopenedAt]),
    contactsAt: sortedUnique([...current.contactsAt, ...observed.contactsAt]).slice(-CONTACT_LIMIT),
    worklogs: mergeWorklogs(current.worklogs, observed.worklogs),
    attribution: {},
  };
  const createdAt = minDefined(current.createdAt, observed.createdAt);
  if (createdAt !== undefined) merged.createdAt = createdAt;
  const firstResponse = pick(current.firstResponse, observed.firstResponse, (a, b) =>
    a.at !== b.at ? a.at < b.at : a.by <= b.by,
  );
  if (firstResponse) merged.firstResponse = { ...firstResponse };
  const handleSeconds = pick(current.handleSeconds, observed.handleSeconds, (a, b) => a >= b);
  if (handleSeconds !== undefined) merged.handleSeconds = handleSeconds;
  for (const field of ATTRIBUTION_FIELDS) {
    const latest = pick(current.attribution[field], observed.attribution[field], isLaterAttribution);
    if (latest) merged.attribution[field] = { ...latest };
  }
  return merged;
}

/** Folds any number of observations of one ticket; see `mergeTicketObservations`. */
export function mergeAll(first: TicketObservation, ...rest: readonly TicketObservation[]): TicketObservation {
  return rest.reduce(mergeTicketObservations, first);
}

function mergeWorklogs(
  a: Readonly<Record<string, WorklogEntry>>,
  b: Readonly<Record<string, WorklogEntry>>,
): Record<string, WorklogEntry> {
  const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const merged: Record<string, WorklogEntry> = {};
  for (const id of ids) {
    const entry = pick(a[id], b[id], (x, y) => (x.at !== y.at ? x.at > y.at : x.seconds >= y.seconds));
    if (entry) merged[id] = { ...entry };
  }
  return merged;
}

/** `a` wins when it is later, or as late and its value is larger (`null` is the smallest). */
function isLaterAttribution(a: Attributed, b: Attributed): boolean {
  if (a.at !== b.at) return a.at > b.at;
  if (a.value === null) return b.value === null;
  return b.value === null || a.value >= b.value;
}

/** The defined one of two, or the one `prefer(a, b)` chooses when both are. */
function pick<T>(a: T | undefined, b: T | undefined, prefer: (a: T, b: T) => boolean): T | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return prefer(a, b) ? a : b;
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  return pick(a, b, (x, y) => x <= y);
}

/** Merges a new observation into what is stored (nothing stored yet: the observation itself). */
export function mergeInto(current: TicketObservation | null, observed: TicketObservation): TicketObservation {
  return current ? mergeTicketObservations(current, observed) : observed;
}
