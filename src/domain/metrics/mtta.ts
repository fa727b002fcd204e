import type { AckSummary, Bucket } from '../buckets/bucket';
import type { AckGroup } from '../buckets/bucket-builder';
import type { Ticket } from '../records/ticket';
import { percent } from '../stats/percent';
import { durationStats, type DurationStats } from './duration-stats';
import type { MttaRule } from './settings';

export type MttaGroupResult = DurationStats & { targetAttainment: number | null };

export interface MttaResult {
  overall: MttaGroupResult;
  human: MttaGroupResult;
  automated: MttaGroupResult;
  /** Tickets created in the window with no first response yet. */
  unacknowledged: number;
  /**
   * Present when the priority classes or targets changed since some of the figures read were
   * built: durations are right, target attainment is `null` until they are rebuilt.
   */
  targetsChanged?: true;
}

/** A ticket's acknowledgement, as the calculator folds it. */
export interface Acknowledgement {
  ms: number;
  group: AckGroup;
  withinTarget: boolean;
}

/**
 * Builds the acknowledgement reader for one MTTA rule: ack = firstResponseAt − createdAt, grouped
 * human / automated by `firstResponseBy`, and within target when ack ≤ the target of the ticket's
 * priority class (`high` for the configured priorities, compared without case; else `standard`).
 * Returns `undefined` for a ticket with no first response (it counts as unacknowledged).
 */
export function acknowledgementReader(rule: MttaRule): (ticket: Ticket) => Acknowledgement | undefined {
  const high = new Set(rule.highPriorities.map((priority) => priority.toLowerCase()));
  const highMs = rule.highTargetSeconds * 1000;
  const standardMs = rule.standardTargetSeconds * 1000;
  return (ticket) => {
    if (ticket.firstResponseAt === undefined) return undefined;
    const ms = ticket.firstResponseAt - ticket.createdAt;
    const isHigh = ticket.priority !== undefined && high.has(ticket.priority.toLowerCase());
    const group =
      ticket.firstResponseBy === 'human'
        ? 'human'
        : ticket.firstResponseBy === 'automation'
          ? 'automated'
          : undefined;
    return { ms, group, withinTarget: ms <= (isHigh ? highMs : standardMs) };
  };
}

/** Whether two rules classify and judge every ticket alike (so their buckets may merge). */
export function sameMttaRule(a: MttaRule, b: MttaRule): boolean {
  const classes = (rule: MttaRule) =>
    [...new Set(rule.highPriorities.map((p) => p.toLowerCase()))].sort().join('\n');
  return (
    a.highTargetSeconds === b.highTargetSeconds &&
    a.standardTargetSeconds === b.standardTargetSeconds &&
    classes(a) === classes(b)
  );
}

/**
 * MTTA statistics of one group, with the share acknowledged within its priority's target.
 *
 * Empty input: `n = 0` gives `null` statistics and `targetAttainment: null`.
 */
export function mttaGroup(summary: AckSummary): MttaGroupResult {
  return {
    ...durationStats(summary.durations),
    targetAttainment: percent(summary.withinTarget, summary.durations.n),
  };
}

/**
 * MTTA overall, human and automated, kept apart, and the unacknowledged count. When
 * `attainmentReadable` is false (the buckets' MTTA rule is not the one in force) target attainment
 * is left out rather than judged against targets that no longer apply.
 */
export function mtta(aggregate: Bucket['mtta'], attainmentReadable = true): MttaResult {
  const group = (summary: AckSummary): MttaGroupResult => {
    const result = mttaGroup(summary);
    return attainmentReadable ? result : { ...result, targetAttainment: null };
  };
  return {
    overall: group(aggregate.overall),
    human: group(aggregate.human),
    automated: group(aggregate.automated),
    unacknowledged: aggregate.unacknowledged,
    ...(attainmentReadable ? {} : { targetsChanged: true as const }),
  };
}
