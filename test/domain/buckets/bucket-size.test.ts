import { selectTotal } from '../../../src/domain/aggregates/day-aggregate';
import { mergeBuckets, parseRecord, type CanonicalRecord } from '../../../src/domain';
import { dayAggregatesOf } from '../../support/record-days';

const KIB = 1024;
const DAY_START = Date.parse('2024-06-03T00:00:00Z');

/** Deterministic pseudo-random numbers (mulberry32) so the sizes are reproducible. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A busy desk's day: 2,000 tickets whose durations span ms to months, every one still pending. */
function busyDay(): CanonicalRecord[] {
  const next = random(7);
  const iso = (ms: number) => new Date(ms).toISOString();
  const records: unknown[] = [];
  for (let i = 0; i < 2000; i += 1) {
    const createdAt = DAY_START + Math.floor(next() * 86_400_000);
    const spread = () => Math.floor(Math.exp(next() * Math.log(1e10)));
    records.push({
      type: 'ticket',
      id: `T${i}`,
      kind: 'request',
      createdAt: iso(createdAt),
      firstResponseAt: iso(createdAt + spread()),
      firstResponseBy: next() < 0.5 ? 'human' : 'automation',
      resolvedAt: iso(createdAt + Math.floor(next() * 1000)),
      handleSeconds: Math.floor(next() * 10_000),
      reporter: `u${i}`,
    });
    records.push({ type: 'selfservice', user: `u${i}`, startedAt: iso(createdAt), completed: true });
    records.push({
      type: 'response',
      ticketId: `T${i}`,
      survey: 'csat',
      score: 1 + (i % 5),
      answeredAt: iso(createdAt),
    });
  }
  for (let s = 0; s < 50; s += 1) {
    records.push({
      type: 'availability',
      service: `Service ${s}`,
      at: iso(DAY_START),
      up: true,
      responseMs: 100,
      thresholdMs: 2000,
    });
  }
  return records.map((value) => {
    const parsed = parseRecord(value);
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed.record;
  });
}

/** The day's buckets as the backend builds them: the total of the day's aggregate. */
const buckets = (asOf: number) =>
  [...dayAggregatesOf(busyDay(), { asOf }).values()].map((aggregate) => selectTotal(aggregate, []));

describe('stored buckets', () => {
  const day = buckets(DAY_START + 86_400_000);

  it('serialise well under the 240 KiB storage limit on a busy day', () => {
    expect(day).toHaveLength(1);
    const json = JSON.stringify(day[0]);
    // measured 65 KiB: four wide log-bin ranges plus 4,000 pending FCR and self-service cases
    expect(json.length).toBeLessThan(120 * KIB);
    expect(JSON.parse(json)).toEqual(day[0]);
  });

  it('stay small once a day is settled: pending lists collapse to counts', () => {
    const settled = buckets(DAY_START + 30 * 86_400_000);
    const json = JSON.stringify(settled[0]);
    expect(json.length).toBeLessThan(16 * KIB); // measured 11 KiB
    // a year of such days merges to a bucket of the same order
    expect(JSON.stringify(mergeBuckets(Array.from({ length: 365 }, () => settled[0]!))).length).toBeLessThan(
      40 * KIB,
    );
  });
});
