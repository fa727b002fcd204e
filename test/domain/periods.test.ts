import fc from 'fast-check';
import {
  buildDayAggregate,
  mergeAggregates,
  selectTotal,
  siteDay,
  SITE,
  ALL_TYPES,
} from '../../src/domain/aggregates/day-aggregate';
import { buildMonth, rebuildChain, siblingsOf } from '../../src/domain/aggregates/period-tree';
import { chainOf, daysOfPeriod, periodKind, planWindow } from '../../src/domain/aggregates/periods';
import type { Fact } from '../../src/domain/facts/ticket-facts';
import { daysOf, previousWindow } from '../../src/domain/aggregates/window';

const dayArb = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('planWindow', () => {
  it('reads whole months as months and each cut as the fewest aligned blocks', () => {
    expect(planWindow('2026-01-20', '2026-03-05')).toEqual([
      '2026-01-20',
      '2026-01-21.4',
      '2026-01-25.8',
      '2026-02',
      '2026-03-01.4',
      '2026-03-05',
    ]);
  });

  it('reads a month as a month when the window ends on its last day, and a cut to the end with blocks past it', () => {
    expect(planWindow('2026-02-01', '2026-02-28')).toEqual(['2026-02']);
    expect(planWindow('2025-03-18', '2025-05-31')).toEqual([
      '2025-03-18',
      '2025-03-19.2',
      '2025-03-21.4',
      '2025-03-25.8',
      '2025-04',
      '2025-05',
    ]);
    expect(planWindow('2026-02-17', '2026-02-28')).toEqual(['2026-02-17.16']);
  });

  it('gives nothing for a reversed window, and the same length just before', () => {
    expect(planWindow('2026-03-02', '2026-03-01')).toEqual([]);
    expect(previousWindow('2026-03-01', '2026-03-07')).toEqual({ from: '2026-02-22', to: '2026-02-28' });
  });

  it('covers every day of any window exactly once, with at most eight periods a cut month', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const plan = planWindow(from, to);
        expect(plan.flatMap(daysOfPeriod)).toEqual(daysOf(from, to));
        const cutMonths = new Set(plan.filter((p) => periodKind(p) !== 'month').map((p) => p.slice(0, 7)));
        const months = plan.filter((p) => periodKind(p) === 'month').length;
        expect(plan.length).toBeLessThanOrEqual(months + 8 * cutMonths.size);
        expect(cutMonths.size).toBeLessThanOrEqual(2);
      }),
      { numRuns: 500 },
    );
  });
});

describe('chainOf', () => {
  it('names each level above a day with the half below it and the sibling that completes it', () => {
    expect(chainOf('2026-03-17')).toEqual([
      { period: '2026-03-17.2', below: '2026-03-17', sibling: '2026-03-18' },
      { period: '2026-03-17.4', below: '2026-03-17.2', sibling: '2026-03-19.2' },
      { period: '2026-03-17.8', below: '2026-03-17.4', sibling: '2026-03-21.4' },
      { period: '2026-03-17.16', below: '2026-03-17.8', sibling: '2026-03-25.8' },
      { period: '2026-03', below: '2026-03-17.16', sibling: '2026-03-01.16' },
    ]);
  });

  it('leaves out siblings past the month end', () => {
    expect(siblingsOf('2026-02-28')).toEqual(['2026-02-27', '2026-02-25.2', '2026-02-17.8', '2026-02-01.16']);
    expect(siblingsOf('2026-01-31')).toEqual([
      '2026-01-29.2',
      '2026-01-25.4',
      '2026-01-17.8',
      '2026-01-01.16',
    ]);
  });
});

/** One answered ticket a day on some days of March, agents and request types varying. */
function factsOf(day: string, seed: number): Fact[] {
  return Array.from({ length: 1 + (seed % 3) }, (_, index) => ({
    projectKey: 'SD',
    day,
    issueId: `${day}-${index}`,
    issueKey: `SD-${seed}${index}`,
    dimensions: {
      agent: { id: `a${(seed + index) % 4}`, name: `Agent ${(seed + index) % 4}` },
      requestType: { id: String(1 + ((seed + index) % 3)), name: `Type ${1 + ((seed + index) % 3)}` },
      team: null,
      priority: null,
      organization: null,
    },
    records: [
      {
        type: 'response',
        ticketId: `${day}-${index}`,
        survey: 'csat',
        score: 1 + ((seed * 7 + index) % 5),
        answeredAt: `${day}T10:00:00Z`,
      },
      {
        type: 'response',
        ticketId: `${day}-${index}`,
        survey: 'ces',
        score: 1 + ((seed * 3 + index) % 7),
        answeredAt: `${day}T10:00:00Z`,
      },
    ],
  }));
}

const options = { asOf: Date.parse('2026-04-02T00:00:00Z'), timeZone: 'UTC' };
const dayAggregate = (projectKey: string, day: string, seed: number) =>
  buildDayAggregate(
    projectKey,
    day,
    factsOf(day, seed).map((facts) => ({ ...facts, projectKey })),
    options,
  );

describe('rebuildChain', () => {
  const marchDays = daysOf('2026-03-01', '2026-03-31').filter((_, index) => index % 3 !== 1);

  it('leaves, after each day is rebuilt in any order, the blocks and month a build from scratch gives', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(marchDays, { minLength: marchDays.length }), (order) => {
        const stored = new Map<string, ReturnType<typeof dayAggregate>>();
        for (const day of order) {
          const levels = rebuildChain(dayAggregate('SD', day, Number(day.slice(8))), stored);
          for (const level of levels) stored.set(level.period, level);
        }
        const days = marchDays.map((day) => dayAggregate('SD', day, Number(day.slice(8))));
        for (const built of buildMonth('SD', '2026-03', days))
          expect(stored.get(built.period)).toEqual(built);
      }),
      { numRuns: 20 },
    );
  });

  it('gives a month whose totals equal the merge of its days', () => {
    const days = marchDays.map((day) => dayAggregate('SD', day, Number(day.slice(8))));
    const month = buildMonth('SD', '2026-03', days).find((level) => level.period === '2026-03')!;
    expect(selectTotal(month, [])).toEqual(
      selectTotal(mergeAggregates(days, { projectKey: 'SD', period: '2026-03' }), []),
    );
    expect(selectTotal(month, ['2'])).toEqual(
      selectTotal(mergeAggregates(days, { projectKey: 'SD', period: '2026-03' }), ['2']),
    );
  });
});

describe('siteDay', () => {
  it('merges every project into one slice and names the projects with data', () => {
    const a = dayAggregate('AA', '2026-03-04', 4);
    const b = dayAggregate('BB', '2026-03-04', 5);
    const empty = buildDayAggregate('CC', '2026-03-04', [], options);
    const site = siteDay('2026-03-04', [a, b, empty]);
    expect(site.projectKey).toBe(SITE);
    expect(site.projects).toEqual(['AA', 'BB']);
    expect(Object.keys(site.types)).toEqual([ALL_TYPES]);
    expect(selectTotal(site, [])).toEqual(
      selectTotal(mergeAggregates([a, b], { projectKey: '', period: '' }), []),
    );
    expect(siteDay('2026-03-04', [empty])).toMatchObject({ types: {}, projects: [] });
  });

  it('unions the projects up the chain', () => {
    const first = siteDay('2026-03-04', [dayAggregate('AA', '2026-03-04', 1)]);
    const second = siteDay('2026-03-03', [dayAggregate('BB', '2026-03-03', 2)]);
    const [, pair] = rebuildChain(first, new Map([[second.period, second]]));
    expect(pair).toMatchObject({ period: '2026-03-03.2', projects: ['AA', 'BB'] });
  });
});
