import fc from 'fast-check';
import {
  DurationBuilder,
  durationAtRank,
  type DurationSummary,
} from '../../../src/domain/buckets/duration-summary';
import { RELATIVE_ERROR } from '../../../src/domain/buckets/log-bins';
import { durationStats } from '../../../src/domain/metrics/duration-stats';
import { median } from '../../../src/domain/stats/median';
import { p90 } from '../../../src/domain/stats/nearest-rank';

const summarise = (values: readonly number[], exactLimit = 128): DurationSummary => {
  const builder = new DurationBuilder(exactLimit);
  for (const value of values) builder.add(value);
  return builder.toSummary();
};

const merge = (summaries: readonly DurationSummary[], exactLimit = 128): DurationSummary => {
  const builder = new DurationBuilder(exactLimit);
  for (const summary of summaries) builder.absorb(summary);
  return builder.toSummary();
};

/** Durations in whole ms from 0 to about 3 years, spread over many orders of magnitude. */
const durationMs = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 1000 }),
  fc.integer({ min: 1, max: 100_000_000_000 }),
);

describe('duration summaries', () => {
  it('read as null when empty', () => {
    const empty = summarise([]);
    expect(empty).toEqual({ n: 0, sumMs: 0, minMs: 0, maxMs: 0, values: [] });
    expect(durationAtRank(empty, 1)).toBeNull();
    expect(durationStats(empty)).toEqual({ n: 0, meanSeconds: null, medianSeconds: null, p90Seconds: null });
  });

  it('keep exact values up to the limit, then bins', () => {
    expect(summarise([3000, 1000, 2000], 3).values).toEqual([1000, 2000, 3000]);
    const binned = summarise([3000, 1000, 2000, 0], 3);
    expect(binned.values).toBeUndefined();
    expect(binned.bins?.zeros).toBe(1);
    expect(binned).toMatchObject({ n: 4, sumMs: 6000, minMs: 0, maxMs: 3000 });
  });

  it(`read every rank from bins within ${RELATIVE_ERROR * 100} % of the exact value`, () => {
    fc.assert(
      fc.property(fc.array(durationMs, { minLength: 1, maxLength: 600 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const binned = summarise(values, 0);
        for (let rank = 1; rank <= sorted.length; rank += 1) {
          const exact = sorted[rank - 1]!;
          const read = durationAtRank(binned, rank)!;
          expect(Math.abs(read - exact)).toBeLessThanOrEqual(RELATIVE_ERROR * exact * (1 + 1e-12));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('give medians and p90s within the bound, and exact means', () => {
    fc.assert(
      fc.property(fc.array(durationMs, { minLength: 1, maxLength: 600 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const stats = durationStats(summarise(values, 0));
        const exactMedian = median(sorted)! / 1000;
        const exactP90 = p90(sorted)! / 1000;
        expect(Math.abs(stats.medianSeconds! - exactMedian)).toBeLessThanOrEqual(
          RELATIVE_ERROR * exactMedian * (1 + 1e-12),
        );
        expect(Math.abs(stats.p90Seconds! - exactP90)).toBeLessThanOrEqual(
          RELATIVE_ERROR * exactP90 * (1 + 1e-12),
        );
        expect(stats.meanSeconds).toBe(values.reduce((sum, value) => sum + value, 0) / values.length / 1000);
      }),
      { numRuns: 300 },
    );
  });

  it('merge associatively and commutatively, whatever mix of exact and binned parts', () => {
    const part = fc.array(durationMs, { maxLength: 100 });
    fc.assert(
      fc.property(part, part, part, fc.integer({ min: 0, max: 200 }), (a, b, c, limit) => {
        const [sa, sb, sc] = [summarise(a, limit), summarise(b, limit), summarise(c, limit)];
        const left = merge([merge([sa, sb], limit), sc], limit);
        const right = merge([sa, merge([sb, sc], limit)], limit);
        const swapped = merge([sc, sb, sa], limit);
        expect(left).toEqual(right);
        expect(left).toEqual(swapped);
        expect(left).toEqual(summarise([...a, ...b, ...c], limit));
      }),
      { numRuns: 300 },
    );
  });
});
