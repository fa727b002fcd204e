import type { Bucket } from '../buckets/bucket';
import { mergeBuckets } from '../buckets/merge';
import { SLICE_DIMENSIONS, type LabelledBucket, type PeriodAggregate } from './day-aggregate';

/** Forge's value limit is 240 KiB; a margin keeps the key and envelope inside it. */
export const AGGREGATE_BUDGET_BYTES = 230 * 1024;

/** The key under which the smallest breakdown values are merged when an aggregate must shrink. */
export const OTHERS_KEY = '~others';

const weight = (bucket: Bucket) =>
  bucket.surveys.csat.reduce((sum, count) => sum + count, 0) +
  bucket.surveys.ces.reduce((sum, count) => sum + count, 0) +
  bucket.mtta.overall.durations.n +
  bucket.mtta.unacknowledged;

/** The aggregate without its breakdowns: what the scorecard, trend and distribution read. */
export function totalsOf(aggregate: PeriodAggregate): PeriodAggregate {
  return {
    ...aggregate,
    types: Object.fromEntries(
      Object.entries(aggregate.types).map(([key, slice]) => [
        key,
        {
          label: slice.label,
          total: slice.total,
          by: { agent: {}, team: {}, priority: {}, organization: {} },
          ...(slice.quality ? { quality: slice.quality } : {}),
        },
      ]),
    ),
  };
}

/**
 * The aggregate, made to fit one stored value. A desk with many request types, agents and
 * organizations can outgrow 240 KiB in a busy month; rather than fail (and lose the period), each
 * breakdown keeps its largest values and merges the rest into one "Others" row, halving the kept
 * count until it fits. Totals are never touched, so every figure of the whole stays exact.
 *
 * Empty input: an aggregate that fits is returned as it is.
 */
export function fitAggregate(aggregate: PeriodAggregate, budget = AGGREGATE_BUDGET_BYTES): PeriodAggregate {
  if (JSON.stringify(aggregate).length <= budget) return aggregate;
  const largest = Math.max(
    1,
    ...Object.values(aggregate.types).flatMap((slice) =>
      SLICE_DIMENSIONS.map((d) => Object.keys(slice.by[d]).length),
    ),
  );
  for (let keep = Math.ceil(largest / 2); keep >= 1; keep = keep === 1 ? 0 : Math.ceil(keep / 2)) {
    const fitted = withBreakdownsCut(aggregate, keep);
    if (JSON.stringify(fitted).length <= budget) return fitted;
  }
  return totalsOf(aggregate);
}

function withBreakdownsCut(aggregate: PeriodAggregate, keep: number): PeriodAggregate {
  const cut = (values: Record<string, LabelledBucket>): Record<string, LabelledBucket> => {
    const entries = Object.entries(values).sort(([, a], [, b]) => weight(b.bucket) - weight(a.bucket));
    if (entries.length <= keep) return values;
    const rest = entries.slice(keep);
    return {
      ...Object.fromEntries(entries.slice(0, keep)),
      [OTHERS_KEY]: {
        label: `Others (${rest.length})`,
        bucket: mergeBuckets(rest.map(([, value]) => value.bucket)),
      },
    };
  };
  return {
    ...aggregate,
    types: Object.fromEntries(
      Object.entries(aggregate.types).map(([key, slice]) => [
        key,
        {
          ...slice,
          by: Object.fromEntries(SLICE_DIMENSIONS.map((d) => [d, cut(slice.by[d])])) as typeof slice.by,
        },
      ]),
    ),
  };
}
