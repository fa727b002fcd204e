import { buildDayAggregate, selectBreakdown, selectTotal } from '../../src/domain/aggregates/day-aggregate';
import { fitAggregate, OTHERS_KEY, totalsOf } from '../../src/domain/aggregates/fit-aggregate';
import type { Fact } from '../../src/domain/facts/ticket-facts';

/** A day of one project where every answer comes from its own agent and organization. */
function crowdedDay(answers: number): Fact[] {
  return Array.from({ length: answers }, (_, index) => ({
    projectKey: 'SD',
    day: '2026-03-02',
    issueId: String(10_000 + index),
    issueKey: `SD-${index}`,
    dimensions: {
      agent: { id: `agent-${index}`, name: `Agent ${index}` },
      team: { id: 'team', name: 'Team' },
      requestType: { id: '1', name: 'Get help' },
      priority: { id: 'High', name: 'High' },
      organization: { id: `org-${index}`, name: `Org ${index}` },
    },
    records: [
      {
        type: 'response',
        ticketId: String(10_000 + index),
        survey: 'csat',
        score: 1 + (index % 5),
        answeredAt: '2026-03-02T10:00:00Z',
      },
    ],
  }));
}

describe('fitAggregate', () => {
  const day = buildDayAggregate('SD', '2026-03-02', crowdedDay(400), {
    asOf: Date.parse('2026-03-03T00:00:00Z'),
    timeZone: 'UTC',
  });

  it('leaves an aggregate that fits as it is', () => {
    expect(fitAggregate(day, 10_000_000)).toBe(day);
  });

  it('folds the smallest breakdown values into "Others" until it fits, keeping every total exact', () => {
    const budget = 60 * 1024;
    expect(JSON.stringify(day).length).toBeGreaterThan(budget);
    const fitted = fitAggregate(day, budget);
    expect(JSON.stringify(fitted).length).toBeLessThanOrEqual(budget);
    expect(selectTotal(fitted, [])).toEqual(selectTotal(day, []));
    const agents = selectBreakdown(fitted, [], 'agent');
    expect(agents[OTHERS_KEY]?.label).toMatch(/^Others \(\d+\)$/);
    const answers = Object.values(agents).reduce(
      (sum, row) => sum + row.bucket.surveys.csat.reduce((a, b) => a + b, 0),
      0,
    );
    expect(answers).toBe(400);
  });

  it('keeps only the totals when even one row per breakdown is too much', () => {
    expect(fitAggregate(day, 1)).toEqual(totalsOf(day));
  });
});
