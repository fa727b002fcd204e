import fc from 'fast-check';
import { mergeAggregates, selectTotal } from '../../../src/domain/aggregates/day-aggregate';
import {
  buildReport,
  canonicalRecordSchema,
  DEFAULT_SETTINGS,
  mergeBuckets,
  RELATIVE_ERROR,
  reportFromRecords,
  type Bucket,
  type CanonicalRecord,
  type CanonicalRecordInput,
} from '../../../src/domain';
import { dayAggregatesOf } from '../../support/record-days';

const START = Date.parse('2024-06-01T00:00:00Z');
const DAY = 86_400_000;
const DAYS = 12;

const instant = fc.integer({ min: START, max: START + DAYS * DAY - 1 });
const iso = (ms: number) => new Date(ms).toISOString();
const user = fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5');
const ticketId = fc.constantFrom('t1', 't2', 't3', 't4', 't5', 't6');
/** Gaps from seconds to weeks, so durations both repeat and spread over many bins. */
const gap = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10 * DAY }));

const ticketInput = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    createdAt: instant,
    kind: fc.constantFrom('incident', 'request', undefined),
    priority: fc.constantFrom('High', 'Medium', 'P1', undefined),
    reporter: fc.option(user, { nil: undefined }),
    ack: fc.option(gap, { nil: undefined }),
    by: fc.constantFrom('human', 'automation', undefined),
    resolve: fc.option(gap, { nil: undefined }),
    value: fc.option(gap, { nil: undefined }),
    reopen: fc.array(gap, { maxLength: 2 }),
    followUp: fc.array(gap, { maxLength: 1 }),
    handleSeconds: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
    statusInquiry: fc.boolean(),
  })
  .map(({ createdAt, ack, by, resolve, value, reopen, followUp, ...rest }): CanonicalRecordInput => {
    const resolvedAt = resolve === undefined ? undefined : createdAt + resolve;
    return {
      type: 'ticket',
      ...rest,
      createdAt: iso(createdAt),
      firstResponseAt: ack === undefined ? undefined : iso(createdAt + ack),
      firstResponseBy: ack === undefined ? undefined : by,
      resolvedAt: resolvedAt === undefined ? undefined : iso(resolvedAt),
      valueAt: value === undefined ? undefined : iso(createdAt + value),
      reopenedAt: resolvedAt === undefined ? [] : reopen.map((g) => iso(resolvedAt + g)),
      followUpAt: resolvedAt === undefined ? [] : followUp.map((g) => iso(resolvedAt + g)),
    };
  });

const responseInput = fc
  .record({
    survey: fc.constantFrom('csat', 'ces', 'nps', 'ice'),
    question: fc.constantFrom('clarity', 'timeliness', 'usefulness'),
    unit: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    ticketId,
    respondent: fc.option(user, { nil: undefined }),
    answeredAt: instant,
  })
  .map(({ survey, unit, answeredAt, ...rest }): CanonicalRecordInput => {
    const [min, max] = { csat: [1, 5], ces: [1, 7], nps: [0, 10], ice: [1, 5] }[survey] as [number, number];
    return {
      type: 'response',
      survey,
      score: min + Math.floor(unit * (max - min + 1)),
      answeredAt: iso(answeredAt),
      ...rest,
    };
  });

const otherInput = fc.oneof(
  fc
    .record({ ticketId, survey: fc.constantFrom('csat', 'ces', 'nps', 'ice'), sentAt: instant.map(iso) })
    .map((r): CanonicalRecordInput => ({ type: 'invitation', ...r })),
  fc
    .record({ user, startedAt: instant.map(iso), completed: fc.boolean() })
    .map((r): CanonicalRecordInput => ({ type: 'selfservice', ...r })),
  fc
    .record({
      service: fc.constantFrom('Email', 'VPN'),
      at: instant.map(iso),
      up: fc.boolean(),
      responseMs: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }),
    })
    .map((r): CanonicalRecordInput => ({ type: 'availability', thresholdMs: 2000, ...r })),
);

/**
 * Records as the app makes them (see docs/decisions.md, "One answer per survey cycle and per
 * source"): a respondent's first answer to a question of a ticket stands and later ones are never
 * stored, a respondent's ICE answers to a ticket are given together (on one day), and there are
 * no self-service sessions, which the app does not store.
 */
function asTheAppMakesThem(records: CanonicalRecord[]): CanonicalRecord[] {
  const answers = records
    .filter((record) => record.type === 'response')
    .sort((a, b) => a.answeredAt - b.answeredAt);
  const first = new Map<string, number>();
  const firstIce = new Map<string, number>();
  const kept = new Set<CanonicalRecord>();
  for (const answer of answers) {
    if (answer.respondent === undefined) {
      kept.add(answer);
      continue;
    }
    const key = [
      answer.ticketId,
      answer.respondent,
      answer.survey,
      answer.survey === 'ice' ? answer.question : '',
    ].join('\u0000');
    if (first.has(key)) continue;
    first.set(key, answer.answeredAt);
    if (answer.survey === 'ice') {
      const person = `${answer.ticketId}\u0000${answer.respondent}`;
      const day = Math.floor(answer.answeredAt / DAY);
      if ((firstIce.get(person) ?? day) !== day) continue;
      firstIce.set(person, day);
    }
    kept.add(answer);
  }
  return records.filter(
    (record) => record.type !== 'selfservice' && (record.type !== 'response' || kept.has(record)),
  );
}

const recordsArb = fc
  .tuple(
    fc.array(ticketInput, { maxLength: 300 }),
    fc.array(responseInput, { maxLength: 200 }),
    fc.array(otherInput, { maxLength: 60 }),
  )
  .map(([a, b, c]) =>
    asTheAppMakesThem([...a, ...b, ...c].map((input) => canonicalRecordSchema.parse(input))),
  );

/**
 * Compares two metric trees: medians and p90s within the stated relative bound, everything else
 * (counts, sums, means, shares, intervals) exactly.
 */
function expectWithinBound(fromBuckets: unknown, raw: unknown, path = 'metrics'): void {
  if (typeof raw === 'object' && raw !== null) {
    expect(Object.keys(fromBuckets as object).sort()).toEqual(Object.keys(raw).sort());
    for (const [key, value] of Object.entries(raw)) {
      const other = (fromBuckets as Record<string, unknown>)[key];
      if ((key === 'medianSeconds' || key === 'p90Seconds') && typeof value === 'number') {
        expect(typeof other).toBe('number');
        if (Math.abs((other as number) - value) > RELATIVE_ERROR * value * (1 + 1e-12)) {
          throw new Error(`${path}.${key}: ${String(other)} is not within 1 % of ${value}`);
        }
      } else expectWithinBound(other, value, `${path}.${key}`);
    }
    return;
  }
  if (fromBuckets !== raw) throw new Error(`${path}: ${String(fromBuckets)} ≠ ${String(raw)}`);
}

/** Each day's total bucket, as the backend builds it from the day's facts. */
function dayBuckets(records: readonly CanonicalRecord[], asOf: number): Array<[string, Bucket]> {
  return [...dayAggregatesOf(records, { asOf })].map(([day, aggregate]) => [day, selectTotal(aggregate, [])]);
}

const asOfArb = fc.integer({ min: START, max: START + (DAYS + 10) * DAY });
const settings = DEFAULT_SETTINGS;

describe('metrics from merged day aggregates', () => {
  it('equal the metrics from raw records (medians and p90s within 1 %)', () => {
    fc.assert(
      fc.property(
        recordsArb,
        asOfArb,
        fc.integer({ min: 0, max: DAYS }),
        fc.integer({ min: 0, max: DAYS }),
        (records, asOf, d1, d2) => {
          const buckets = dayBuckets(records, asOf);
          const [firstDay, lastDay] = [Math.min(d1, d2), Math.max(d1, d2)];
          const from = START + firstDay * DAY;
          const to = START + lastDay * DAY;
          const inWindow = buckets.filter(([day]) => {
            const dayStart = Date.parse(`${day}T00:00:00Z`);
            return dayStart >= from && dayStart < to;
          });
          const raw = reportFromRecords(records, { asOf, from, to });
          const merged = buildReport(
            mergeBuckets(
              inWindow.map(([, bucket]) => bucket),
              settings,
            ),
            { asOf, from, to, settings, records: raw.records },
          );
          expectWithinBound(merged.metrics, raw.metrics);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('give the same report through the stored path: every day merged, as a gadget reads them', () => {
    fc.assert(
      fc.property(recordsArb, asOfArb, (records, asOf) => {
        const raw = reportFromRecords(records, { asOf, from: null, to: null });
        const merged = mergeAggregates([...dayAggregatesOf(records, { asOf }).values()], {
          projectKey: 'SD',
          period: 'all',
        });
        const stored = buildReport(selectTotal(merged, []), {
          asOf,
          from: null,
          to: null,
          records: raw.records,
        });
        expect(stored.window).toEqual(raw.window);
        expectWithinBound(stored.metrics, raw.metrics);
      }),
      { numRuns: 50 },
    );
  });

  it('merge to the same bucket in any grouping and order', () => {
    fc.assert(
      fc.property(recordsArb, asOfArb, fc.integer({ min: 1, max: 5 }), (records, asOf, groups) => {
        const days = dayBuckets(records, asOf).map(([, bucket]) => bucket);
        const once = mergeBuckets(days);
        const grouped = Array.from({ length: groups }, (_, g) =>
          mergeBuckets(days.filter((_, i) => i % groups === g)),
        );
        expect(mergeBuckets(grouped.reverse())).toEqual(once);
        expect(mergeBuckets([...days].reverse())).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });
});
