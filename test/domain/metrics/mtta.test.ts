import { at, metricsOf, SECOND, ticket } from '../records.fixture';

const asOf = '2024-07-01T00:00:00Z';
const created = '2024-06-10T09:00:00Z';
const acked = (id: string, seconds: number, rest: Record<string, unknown> = {}) =>
  ticket(id, created, { firstResponseAt: at(created, seconds * SECOND), ...rest });

describe('MTTA', () => {
  it('keeps human and automated acknowledgements apart', () => {
    const { mtta } = metricsOf(
      [
        acked('h1', 60, { firstResponseBy: 'human', priority: 'High' }), // high, 60 ≤ 900 → within
        acked('a1', 120, { firstResponseBy: 'automation' }), // standard, within 7200
        acked('h2', 1000, { firstResponseBy: 'human', priority: 'high' }), // high (any case), 1000 > 900
        acked('h3', 7200, { firstResponseBy: 'human', priority: 'Medium' }), // standard, 7200 ≤ 7200
        acked('x1', 30), // no firstResponseBy → overall only
        acked('x2', 300, { priority: 'P1' }), // high, within
        ticket('none', created), // no first response yet
      ],
      { asOf },
    );
    // overall: 30, 60, 120, 300, 1000, 7200 (n = 6, even)
    //   mean 8710 / 6; median (120 + 300) / 2 = 210; p90 rank ⌈5.4⌉ = 6 → 7200; within 5 of 6
    expect(mtta.overall.n).toBe(6);
    expect(mtta.overall.meanSeconds).toBeCloseTo(8710 / 6, 9);
    expect(mtta.overall.medianSeconds).toBe(210);
    expect(mtta.overall.p90Seconds).toBe(7200);
    expect(mtta.overall.targetAttainment).toBeCloseTo(500 / 6, 12);
    // human: 60, 1000, 7200: mean 8260 / 3; median 1000; p90 rank ⌈2.7⌉ = 3 → 7200; within 2 of 3
    expect(mtta.human.n).toBe(3);
    expect(mtta.human.meanSeconds).toBeCloseTo(8260 / 3, 9);
    expect(mtta.human.medianSeconds).toBe(1000);
    expect(mtta.human.p90Seconds).toBe(7200);
    expect(mtta.human.targetAttainment).toBeCloseTo(200 / 3, 12);
    // automated: 120 alone
    expect(mtta.automated).toEqual({
      n: 1,
      meanSeconds: 120,
      medianSeconds: 120,
      p90Seconds: 120,
      targetAttainment: 100,
    });
    expect(mtta.unacknowledged).toBe(1);
  });

  it('takes the median of an even n as the mean of the middle two and p90 by nearest rank', () => {
    // 60, 120, …, 600 s (n = 10): median (300 + 360) / 2 = 330; p90 rank ⌈9⌉ = 9 → 540
    const { mtta } = metricsOf(
      Array.from({ length: 10 }, (_, i) => acked(`t${i}`, 60 * (i + 1))),
      { asOf },
    );
    expect(mtta.overall.medianSeconds).toBe(330);
    expect(mtta.overall.p90Seconds).toBe(540);
    expect(mtta.overall.meanSeconds).toBe(330);
  });

  it('uses configured priority classes and targets', () => {
    const { mtta } = metricsOf(
      [acked('u', 600, { priority: 'Urgent' }), acked('h', 600, { priority: 'High' })],
      {
        asOf,
        settings: { mtta: { highPriorities: ['Urgent'], highTargetSeconds: 300 } },
      },
    );
    // Urgent is high now (600 > 300: missed); High is standard (600 ≤ 7200: met)
    expect(mtta.overall.targetAttainment).toBe(50);
  });

  it('is null with no acknowledged tickets', () => {
    const { mtta } = metricsOf([ticket('none', created)], { asOf });
    expect(mtta.overall).toEqual({
      n: 0,
      meanSeconds: null,
      medianSeconds: null,
      p90Seconds: null,
      targetAttainment: null,
    });
    expect(mtta.unacknowledged).toBe(1);
  });

  it('places tickets by createdAt', () => {
    const { mtta } = metricsOf([acked('in', 60), ticket('out', '2024-05-01T00:00:00Z')], {
      asOf,
      from: '2024-06-01T00:00:00Z',
    });
    expect(mtta.overall.n).toBe(1);
    expect(mtta.unacknowledged).toBe(0);
  });
});
