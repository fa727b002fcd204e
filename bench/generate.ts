import type { CanonicalRecordInput } from '../src/domain';

/** mulberry32: a small seeded generator, so every run measures the same data. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const YEAR_START = Date.parse('2023-07-01T00:00:00Z');
export const DAYS = 365;
export const AS_OF = YEAR_START + DAYS * 86_400_000;

const PRIORITIES = ['Highest', 'High', 'Medium', 'Medium', 'Low'];
const SURVEYS = ['csat', 'csat', 'ces', 'ces', 'nps', 'ice'] as const;
const QUESTIONS = ['clarity', 'timeliness', 'usefulness'] as const;
const SCALE = { csat: [1, 5], ces: [1, 7], nps: [0, 10], ice: [1, 5] } as const;

/**
 * A year of a busy desk in wire form: `tickets` tickets and `responses` survey answers, with
 * realistic shapes (log-normal-ish acknowledgement and resolution times, a few reopens and
 * follow-ups, the reporter answering, an occasional duplicate answer).
 */
export function* desk(tickets: number, responses: number, seed = 42): Generator<CanonicalRecordInput> {
  const next = seeded(seed);
  const iso = (ms: number) => new Date(ms).toISOString();
  const spread = (median: number) => Math.round(median * Math.exp((next() + next() + next() - 1.5) * 2.5));
  const created: number[] = new Array<number>(tickets);
  const resolved: number[] = new Array<number>(tickets);
  for (let i = 0; i < tickets; i += 1) {
    const createdAt = YEAR_START + Math.floor(next() * DAYS * 86_400_000);
    const resolvedAt = createdAt + spread(8 * 3_600_000);
    created[i] = createdAt;
    resolved[i] = resolvedAt;
    const acked = next() < 0.97;
    const reopened = next() < 0.08;
    yield {
      type: 'ticket',
      source: 'jsm',
      id: `${10000 + i}`,
      key: `SD-${i + 1}`,
      kind: next() < 0.6 ? 'request' : 'incident',
      priority: PRIORITIES[Math.floor(next() * PRIORITIES.length)],
      reporter: `u${i % 40_000}`,
      createdAt: iso(createdAt),
      ...(acked
        ? {
            firstResponseAt: iso(createdAt + spread(600_000)),
            firstResponseBy: next() < 0.7 ? 'human' : 'automation',
          }
        : {}),
      resolvedAt: iso(resolvedAt),
      ...(reopened ? { reopenedAt: [iso(resolvedAt + spread(2 * 86_400_000))] } : {}),
      handleSeconds: spread(1200),
      statusInquiry: next() < 0.02,
    };
  }
  for (let r = 0; r < responses; r += 1) {
    const ticket = Math.floor(next() * tickets);
    const survey = SURVEYS[Math.floor(next() * SURVEYS.length)]!;
    const [min, max] = SCALE[survey];
    const skew = Math.max(next(), next());
    yield {
      type: 'response',
      ticketId: `${10000 + ticket}`,
      survey,
      ...(survey === 'ice' ? { question: QUESTIONS[Math.floor(next() * 3)] } : {}),
      score: min + Math.floor(skew * (max - min + 1)),
      answeredAt: iso(Math.min(AS_OF - 1, (resolved[ticket] as number) + spread(6 * 3_600_000))),
      respondent: next() < 0.9 ? `u${ticket % 40_000}` : undefined,
    };
  }
}
