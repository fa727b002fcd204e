import { durationAtRank, type DurationSummary } from '../buckets/duration-summary';
import { medianByRank } from '../stats/median';
import { p90ByRank } from '../stats/nearest-rank';

/** Count, mean, median and nearest-rank p90 of durations, in seconds. */
export interface DurationStats {
  n: number;
  meanSeconds: number | null;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

/**
 * Reads a duration summary in seconds. Mean is exact; median and p90 are exact for summaries that
 * still hold their values and within 1 % otherwise (see aggregates/log-bins).
 *
 * Empty input: `n = 0` gives `null` for mean, median and p90.
 */
export function durationStats(summary: DurationSummary): DurationStats {
  const { n } = summary;
  const at = (rank: number) => (durationAtRank(summary, rank) as number) / 1000;
  return {
    n,
    meanSeconds: n === 0 ? null : summary.sumMs / n / 1000,
    medianSeconds: medianByRank(n, at),
    p90Seconds: p90ByRank(n, at),
  };
}
