import { metricFigure } from '../../src/app/gadgets/metric-figure';
import { buildDayAggregate, mergeAggregates, selectTotal } from '../../src/domain/aggregates/day-aggregate';
import { computeMetrics } from '../../src/domain/report/metrics';
import { figureOf } from '../../src/domain/report/figures';
import { settingsSchema } from '../../src/domain/metrics/settings';
import type { Fact } from '../../src/domain/facts/ticket-facts';
import { answer, at, metricsOf, SECOND, ticket } from './records.fixture';

const asOf = '2024-07-01T00:00:00Z';
const created = '2024-06-10T09:00:00Z';
const acked = (id: string, seconds: number, by: 'human' | 'automation', priority = 'Medium') =>
  ticket(id, created, { firstResponseAt: at(created, seconds * SECOND), firstResponseBy: by, priority });

describe('MTTA for people and for automation, as gadget figures', () => {
  const metrics = metricsOf(
    [
      acked('h1', 600, 'human', 'High'), // high: 600 ≤ 900
      acked('h2', 9000, 'human'), // standard: 9000 > 7200
      acked('a1', 30, 'automation'),
      acked('a2', 90, 'automation', 'Highest'),
      ticket('none', created),
    ],
    { asOf },
  );

  it('reads each group apart: people 2 tickets, automation 2 tickets, overall 4', () => {
    expect(figureOf(metrics, 'mttaHuman')).toEqual({
      value: 4800,
      n: 2,
      ci95: null,
      lowSample: true,
      detail: '50 % within target',
    });
    expect(figureOf(metrics, 'mttaAutomated')).toEqual({
      value: 60,
      n: 2,
      ci95: null,
      lowSample: true,
      detail: '100 % within target',
    });
    expect(figureOf(metrics, 'mtta')).toMatchObject({ value: (600 + 9000 + 30 + 90) / 4, n: 4 });
  });

  it("names the admin page's per-priority targets in the tile, and takes no single target", () => {
    const settings = settingsSchema.parse({});
    const tile = metricFigure('mttaAutomated', metrics, null, settings, { mttaAutomated: 60 });
    expect(metricFigure('mttaHuman', metrics, null, settings, {}).detail).toBe(
      '50 % within target (≤ 15 min for high priorities, ≤ 2 h for the others)',
    );
    expect(metricFigure('mtta', metrics, null, settings, {}).detail).toBe(
      '75 % within target (≤ 15 min for high priorities, ≤ 2 h for the others)',
    );
    expect(tile).toMatchObject({
      label: 'MTTA, by automation',
      unit: 'seconds',
      value: 60,
      n: 2,
      target: null,
      status: 'none',
      // Its own share within target (both automated answers in time), not the overall 75 %.
      detail: '100 % within target (≤ 15 min for high priorities, ≤ 2 h for the others)',
    });
  });
});

describe('Experience Index as a gadget figure', () => {
  // This period: CSAT 3 of 4 positive (75 %), FCR 1 ticket decided and kept (100 %).
  const now = metricsOf(
    [
      answer('csat', 5, '2024-06-11T10:00:00Z', { ticketId: 'c1' }),
      answer('csat', 4, '2024-06-11T10:00:00Z', { ticketId: 'c2' }),
      answer('csat', 4, '2024-06-11T10:00:00Z', { ticketId: 'c3' }),
      answer('csat', 2, '2024-06-11T10:00:00Z', { ticketId: 'c4' }),
      ticket('f1', '2024-06-01T09:00:00Z', { resolvedAt: '2024-06-01T10:00:00Z' }),
    ],
    { asOf, from: '2024-06-01T00:00:00Z', to: '2024-07-01T00:00:00Z' },
  );
  // The period before: CSAT 1 of 2 (50 %) only.
  const before = metricsOf(
    [
      answer('csat', 5, '2024-05-11T10:00:00Z', { ticketId: 'p1' }),
      answer('csat', 1, '2024-05-11T10:00:00Z', { ticketId: 'p2' }),
    ],
    { asOf, from: '2024-05-01T00:00:00Z', to: '2024-06-01T00:00:00Z' },
  );
  const settings = settingsSchema.parse({});

  it('is made of named components, and n counts the answers and tickets behind them', () => {
    expect(now.experienceIndex).toEqual({
      value: (75 + 100) / 2,
      components: { csat: 75, fcr: 100 },
      sizes: { csat: 4, fcr: 1 },
      n: 5,
    });
    const tile = metricFigure('experienceIndex', now, before, settings, {});
    expect(tile.n).toBe(5);
    expect(tile.components).toEqual([
      { name: 'Customer satisfaction (CSAT)', value: 75, n: 4, counts: 'answers', weight: 1 },
      { name: 'First contact resolution', value: 100, n: 1, counts: 'tickets', weight: 1 },
    ]);
  });

  it('changes over the components both periods have, and says which it left out', () => {
    const tile = metricFigure('experienceIndex', now, before, settings, {});
    // Over CSAT alone: 75 − 50; not 87.5 − 50, which would count FCR's arrival as a gain.
    expect(tile.change).toBe(25);
    expect(tile.changeNote).toBe(
      'Compared over 1 of 2 components: First contact resolution has no data in the previous period.',
    );
    expect(tile.previous).toEqual({ value: 50, n: 2 });
  });

  it('shows no change, and why, when the periods share no component', () => {
    const fcrOnly = metricsOf(
      [ticket('f2', '2024-05-02T09:00:00Z', { resolvedAt: '2024-05-02T10:00:00Z' })],
      {
        asOf,
        from: '2024-05-01T00:00:00Z',
        to: '2024-06-01T00:00:00Z',
      },
    );
    const csatOnly = metricsOf([answer('csat', 5, '2024-06-11T10:00:00Z', { ticketId: 'c9' })], {
      asOf,
      from: '2024-06-01T00:00:00Z',
      to: '2024-07-01T00:00:00Z',
    });
    const tile = metricFigure('experienceIndex', csatOnly, fcrOnly, settings, {});
    expect(tile.change).toBeNull();
    expect(tile.changeNote).toBe('No change shown: the two periods have no component in common.');
  });

  it('follows the weights of the settings, and a weight of 0 leaves a component out', () => {
    const records = [
      answer('csat', 5, '2024-06-11T10:00:00Z', { ticketId: 'c1' }),
      answer('csat', 2, '2024-06-11T10:00:00Z', { ticketId: 'c2' }),
      ticket('f1', '2024-06-01T09:00:00Z', { resolvedAt: '2024-06-01T10:00:00Z' }),
    ];
    const window = { asOf, from: '2024-06-01T00:00:00Z', to: '2024-07-01T00:00:00Z' };
    const weights = { csat: 3, fcr: 1 };
    const weighted = metricsOf(records, { ...window, settings: { weights } });
    // CSAT 50 weighs 3, FCR 100 weighs 1: (150 + 100) / 4
    expect(
      metricFigure('experienceIndex', weighted, null, settingsSchema.parse({ weights }), {}),
    ).toMatchObject({
      value: 62.5,
      n: 3,
    });
    const withoutFcr = metricsOf(records, { ...window, settings: { weights: { fcr: 0 } } });
    expect(
      metricFigure('experienceIndex', withoutFcr, null, settingsSchema.parse({ weights: { fcr: 0 } }), {}),
    ).toMatchObject({ value: 50, n: 2 });
  });
});

describe('stored figures after the MTTA targets change', () => {
  const fact = (id: string, seconds: number, day = '2024-06-10'): Fact => ({
    projectKey: 'SD',
    day,
    issueId: id,
    issueKey: `SD-${id}`,
    records: [
      {
        type: 'ticket',
        id,
        createdAt: `${day}T09:00:00.000Z`,
        firstResponseAt: at(`${day}T09:00:00Z`, seconds * SECOND),
        firstResponseBy: 'human',
        priority: 'Medium',
      },
    ],
    dimensions: { agent: null, team: null, requestType: null, priority: null, organization: null },
  });
  const options = { asOf: Date.parse(asOf), timeZone: 'UTC' };
  const oldRule = settingsSchema.parse({}).mtta;
  const newSettings = settingsSchema.parse({ mtta: { standardTargetSeconds: 600 } });

  it('read with durations intact and without a within-target share until they are rebuilt', () => {
    // Built under the default rule (≤ 2 h), read under a 10-minute target.
    const stored = buildDayAggregate('SD', '2024-06-10', [fact('t1', 900)], options);
    const metrics = computeMetrics(selectTotal(stored, []), {
      asOf: Date.parse(asOf),
      settings: newSettings,
    });
    expect(metrics.mtta.overall).toMatchObject({ n: 1, meanSeconds: 900, targetAttainment: null });
    expect(metrics.mtta.targetsChanged).toBe(true);
    expect(metrics.experienceIndex.components.mtta).toBeUndefined();
    const tile = metricFigure('mttaHuman', metrics, null, newSettings, {});
    expect(tile.detail).toBe(
      'Targets changed (≤ 15 min for high priorities, ≤ 10 min for the others): within-target share after the rebuild',
    );
  });

  it('merge old and rebuilt days without failing, and read attainment again once all are rebuilt', () => {
    const old = buildDayAggregate('SD', '2024-06-10', [fact('t1', 900)], { ...options, mttaRule: oldRule });
    const rebuilt = buildDayAggregate('SD', '2024-06-11', [fact('t2', 300, '2024-06-11')], {
      ...options,
      mttaRule: newSettings.mtta,
    });
    const mixed = selectTotal(mergeAggregates([old, rebuilt], { projectKey: 'SD', period: '2024-06' }), []);
    expect(mixed.mttaRuleMixed).toBe(true);
    expect(
      computeMetrics(mixed, { asOf: Date.parse(asOf), settings: newSettings }).mtta.overall,
    ).toMatchObject({
      n: 2,
      targetAttainment: null,
    });
    const both = buildDayAggregate('SD', '2024-06-10', [fact('t1', 900)], {
      ...options,
      mttaRule: newSettings.mtta,
    });
    const merged = selectTotal(mergeAggregates([both, rebuilt], { projectKey: 'SD', period: '2024-06' }), []);
    // 900 s > 10 min, 300 s within: 50 %
    expect(
      computeMetrics(merged, { asOf: Date.parse(asOf), settings: newSettings }).mtta.overall,
    ).toMatchObject({
      n: 2,
      targetAttainment: 50,
    });
  });
});
