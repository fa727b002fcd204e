import { mergeAggregates, type PeriodAggregate } from './day-aggregate';
import { fitAggregate } from './fit-aggregate';
import { BLOCK_SIZES, chainOf, indexOf, periodAt, periodExists, SPAN } from './periods';

/**
 * Rebuilds the periods above a day (its blocks and its month, see periods.ts) after the day
 * changed: each level is the merge of the level below and its sibling as stored. Every level is
 * fitted before it is merged upward, so a period is always the same function of its two stored
 * halves, whichever day triggered the rebuild.
 *
 * Returns the day and each level above it, smallest first, as they are to be stored.
 * Empty input: a day with no slices still gives its levels (the merge of what the siblings hold).
 */
export function rebuildChain(
  day: PeriodAggregate,
  siblings: ReadonlyMap<string, PeriodAggregate>,
): PeriodAggregate[] {
  const levels = [fitAggregate(day)];
  for (const { period, sibling } of chainOf(day.period)) {
    const stored = siblings.get(sibling);
    // In calendar order, so the later half's labels win whichever half changed.
    const members = [levels.at(-1)!, ...(stored ? [stored] : [])].sort((a, b) =>
      a.period < b.period ? -1 : 1,
    );
    levels.push(fitAggregate(mergeAggregates(members, { projectKey: day.projectKey, period })));
  }
  return levels;
}

/** The siblings `rebuildChain` merges for a day: the periods to read before rebuilding it. */
export function siblingsOf(day: string): string[] {
  return chainOf(day)
    .map((level) => level.sibling)
    .filter(periodExists);
}

/**
 * Every stored value of a month built bottom-up from its days at once (a seed, or a test's
 * expectation): the days fitted, then the blocks and the month, the same values `rebuildChain`
 * leaves after each day was rebuilt in turn.
 */
export function buildMonth(
  projectKey: string,
  month: string,
  days: readonly PeriodAggregate[],
): PeriodAggregate[] {
  let level = new Map(days.map((day) => [indexOf(day.period), fitAggregate(day)]));
  const built = [...level.values()];
  for (const size of [...BLOCK_SIZES, SPAN]) {
    const next = new Map<number, PeriodAggregate>();
    for (const index of [...level.keys()].sort((a, b) => a - b)) {
      const start = index - (index % size);
      if (next.has(start)) continue;
      const members = [level.get(start), level.get(start + size / 2)].filter((a) => a !== undefined);
      const period = periodAt(month, start, size);
      next.set(start, fitAggregate(mergeAggregates(members, { projectKey, period })));
    }
    built.push(...next.values());
    level = next;
  }
  return built;
}
