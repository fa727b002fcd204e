/**
 * Canned gadget answers for the fake dev host and the UI tests: a small desk whose figures cover
 * every state a gadget shows (met, missed, no target, low sample, no data, a change each way).
 * The answer depends on the gadget's saved configuration, like the real backend's:
 *   - `{}` (never configured) answers NOT_CONFIGURED;
 *   - projects `['HR']` is a project without answers (the empty states);
 *   - projects `['LOCKED']` is one the viewer may not browse (FORBIDDEN).
 */
import type { Envelope } from '../../../src/contract/envelope';
import type {
  Breakdown,
  BreakdownRow,
  Distribution,
  Drilldown,
  GadgetConfiguration,
  FigureMetric,
  GadgetOptions,
  MetricFigure,
  ResolvedWindow,
  Scorecard,
  Trend,
  TrendPoint,
} from '../../../src/contract/gadgets';

export const FIXTURE_TODAY = '2025-03-31';

export const GADGET_DEFAULTS: GadgetConfiguration = {
  projects: [],
  requestTypes: [],
  period: { preset: 30 },
  timeZone: 'UTC',
  metrics: ['csat', 'ces', 'nps', 'fcr', 'mtta', 'experienceIndex'],
  metric: 'csat',
  distributionMetric: 'nps',
  interval: 'week',
  dimension: 'agent',
  targets: {},
  source: 'both',
};

export const GADGET_OPTIONS: GadgetOptions = {
  projects: [
    { key: 'SD', name: 'IT Service Desk' },
    { key: 'HR', name: 'HR Help' },
  ],
  requestTypes: [
    { id: '11', name: 'Get IT help', projectKey: 'SD' },
    { id: '12', name: 'Request new hardware', projectKey: 'SD' },
    { id: '21', name: 'Onboard a new hire', projectKey: 'HR' },
  ],
  defaults: GADGET_DEFAULTS,
};

const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function configOf(extension: Record<string, unknown>): Partial<GadgetConfiguration> {
  const saved = extension.gadgetConfiguration;
  return typeof saved === 'object' && saved !== null ? (saved as Partial<GadgetConfiguration>) : {};
}

function windowOf(config: Partial<GadgetConfiguration>): ResolvedWindow {
  const period = config.period ?? GADGET_DEFAULTS.period;
  const [from, to] =
    'preset' in period
      ? [addDays(FIXTURE_TODAY, -(period.preset - 1)), FIXTURE_TODAY]
      : [period.from, period.to];
  return {
    from,
    to,
    timeZone: config.timeZone ?? GADGET_DEFAULTS.timeZone,
    projects: config.projects && config.projects.length > 0 ? config.projects : ['SD', 'HR'],
  };
}

const LABELS: Record<FigureMetric, { label: string; unit: MetricFigure['unit']; target: number | null }> = {
  csat: { label: 'CSAT', unit: 'percent', target: 85 },
  ces: { label: 'CES', unit: 'percent', target: 80 },
  nps: { label: 'NPS', unit: 'score', target: 50 },
  ice: { label: 'ICE (incident communication)', unit: 'percent', target: 85 },
  fcr: { label: 'FCR', unit: 'percent', target: 75 },
  // MTTA's targets are per priority class: the tile names them in its detail, not as one target.
  mtta: { label: 'MTTA', unit: 'seconds', target: null },
  mttaHuman: { label: 'MTTA, by people', unit: 'seconds', target: null },
  mttaAutomated: { label: 'MTTA, by automation', unit: 'seconds', target: null },
  ttv: { label: 'TTV', unit: 'seconds', target: null },
  aht: { label: 'AHT', unit: 'seconds', target: null },
  selfService: { label: 'Self-service success', unit: 'percent', target: null },
  availability: { label: 'Availability as users see it', unit: 'percent', target: null },
  experienceIndex: { label: 'Experience Index', unit: 'score', target: 80 },
};

/** Figures per metric: value, n, interval, previous value, detail. */
const FIGURES: Record<
  FigureMetric,
  {
    value: number | null;
    n: number;
    ci: [number, number] | null;
    previous: number | null;
    detail: string | null;
  }
> = {
  csat: { value: 86.4, n: 212, ci: [81.1, 90.4], previous: 83.2, detail: null },
  ces: { value: 74.5, n: 188, ci: [67.8, 80.2], previous: 77.9, detail: 'Easy or very easy (6–7 of 7)' },
  nps: { value: 42.3, n: 156, ci: [30.8, 52.6], previous: 38, detail: '58 % promoters, 16 % detractors' },
  ice: { value: null, n: 0, ci: null, previous: null, detail: null },
  fcr: { value: 71.9, n: 12, ci: [42.8, 90.1], previous: 70.2, detail: '12 pending' },
  mtta: { value: 4320, n: 640, ci: null, previous: 4800, detail: '82 % within target' },
  mttaHuman: {
    value: 6900,
    n: 400,
    ci: null,
    previous: 7200,
    detail: '74 % within target (≤ 15 min for high priorities, ≤ 2 h for the others)',
  },
  selfService: { value: 68.2, n: 85, ci: null, previous: 64.1, detail: '21 % abandoned, 6 pending' },
  availability: {
    value: 97.9,
    n: 2880,
    ci: null,
    previous: 99.1,
    detail:
      'Email: 98.6 % effective, 99.7 % technical (gap 1.1 %); Portal: 97.2 % effective, 98.1 % technical (gap 0.9 %)',
  },
  mttaAutomated: {
    value: 95,
    n: 240,
    ci: null,
    previous: 110,
    detail: '100 % within target (≤ 15 min for high priorities, ≤ 2 h for the others)',
  },
  ttv: { value: 190800, n: 98, ci: null, previous: 201600, detail: null },
  aht: { value: null, n: 0, ci: null, previous: null, detail: null },
  experienceIndex: { value: 77.6, n: 1052, ci: null, previous: 77.6, detail: null },
};

/** The Experience Index's components: their n add up to the index's n (212 + 188 + 12 + 640). */
const INDEX_COMPONENTS: NonNullable<MetricFigure['components']> = [
  { name: 'Customer satisfaction (CSAT)', value: 86.4, n: 212, counts: 'answers', weight: 1 },
  { name: 'Customer effort (CES)', value: 74.5, n: 188, counts: 'answers', weight: 1 },
  { name: 'First contact resolution', value: 71.9, n: 12, counts: 'tickets', weight: 1 },
  { name: 'Acknowledged within target', value: 82, n: 640, counts: 'tickets', weight: 1 },
];

function figure(metric: FigureMetric, config: Partial<GadgetConfiguration>, empty: boolean): MetricFigure {
  const { label, unit } = LABELS[metric];
  const target = config.targets?.[metric] ?? LABELS[metric].target;
  const f = empty ? { value: null, n: 0, ci: null, previous: null, detail: null } : FIGURES[metric];
  const lowerBetter = unit === 'seconds';
  const status =
    f.value === null || target === null
      ? 'none'
      : (lowerBetter ? f.value <= target : f.value >= target)
        ? 'met'
        : 'missed';
  return {
    metric,
    label,
    unit,
    value: f.value,
    n: f.n,
    ci95: f.ci,
    lowSample: f.n < 30,
    target,
    status,
    previous: empty ? null : { value: f.previous, n: f.previous === null ? 0 : Math.max(1, f.n - 10) },
    change: f.value !== null && f.previous !== null ? f.value - f.previous : null,
    detail: f.detail,
    ...(metric === 'experienceIndex' && !empty ? { components: INDEX_COMPONENTS, changeNote: null } : {}),
  };
}

function scorecard(config: Partial<GadgetConfiguration>, empty: boolean): Scorecard {
  const metrics = config.metrics && config.metrics.length > 0 ? config.metrics : GADGET_DEFAULTS.metrics;
  return { window: windowOf(config), tiles: metrics.map((metric) => figure(metric, config, empty)) };
}

function trend(config: Partial<GadgetConfiguration>, empty: boolean): Trend {
  const metric = config.metric ?? GADGET_DEFAULTS.metric;
  const interval = config.interval ?? GADGET_DEFAULTS.interval;
  const { label, unit } = LABELS[metric];
  const count = interval === 'day' ? 30 : interval === 'week' ? 12 : 12;
  const base = unit === 'seconds' ? 4000 : unit === 'score' ? 40 : 84;
  const swing = unit === 'seconds' ? 900 : 6;
  const points: TrendPoint[] = Array.from({ length: count }, (_, i) => {
    const start =
      interval === 'month'
        ? `${2024 + Math.floor((3 + i) / 12)}-${String(((3 + i) % 12) + 1).padStart(2, '0')}-01`
        : addDays('2025-01-06', i * (interval === 'week' ? 7 : 1));
    const n = empty ? 0 : i === 4 ? 0 : i === 2 || i === 9 ? 14 : 30 + ((i * 17) % 40);
    const value = n === 0 ? null : base + swing * Math.sin(i / 1.7) + (i % 3) - 1;
    const half = n === 0 ? 0 : unit === 'seconds' ? 0 : 90 / Math.sqrt(n);
    const date = new Date(`${start}T00:00:00Z`);
    const pointLabel =
      interval === 'month'
        ? date.toLocaleString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })
        : date.toLocaleString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    return {
      start,
      label: pointLabel,
      value,
      n,
      ci95:
        value === null || half === 0
          ? null
          : [Math.max(unit === 'score' ? -100 : 0, value - half), Math.min(100, value + half)],
      lowSample: n < 30,
    };
  });
  return {
    window: windowOf(config),
    metric,
    label,
    unit,
    interval,
    target: config.targets?.[metric] ?? LABELS[metric].target,
    points,
  };
}

const AGENTS: Array<[string, string, number | null, number]> = [
  ['agent-1', 'Alice Agent', 91.2, 88],
  ['agent-2', 'Bob Admin', 78.4, 64],
  ['agent-3', 'Chandra Ramasubramanian-Oyelaran', 85.7, 35],
  ['agent-4', 'Dmitri Dunn', 66.7, 9],
  ['unassigned', 'Unassigned', null, 0],
];

function breakdown(config: Partial<GadgetConfiguration>, empty: boolean): Breakdown {
  const metric = config.metric ?? GADGET_DEFAULTS.metric;
  const { label, unit } = LABELS[metric];
  const rows: BreakdownRow[] = empty
    ? []
    : AGENTS.map(([key, name, value, n]) => {
        const half = n === 0 || value === null ? 0 : 95 / Math.sqrt(n);
        return {
          key,
          label: name,
          value,
          n,
          ci95: value === null ? null : [Math.max(0, value - half), Math.min(100, value + half)],
          lowSample: n < 30,
        };
      });
  return {
    window: windowOf(config),
    metric,
    label,
    unit,
    dimension: config.dimension ?? GADGET_DEFAULTS.dimension,
    target: config.targets?.[metric] ?? LABELS[metric].target,
    total: figure(metric, config, empty),
    rows,
  };
}

function distribution(config: Partial<GadgetConfiguration>, empty: boolean): Distribution {
  const metric = config.distributionMetric ?? GADGET_DEFAULTS.distributionMetric;
  const shapes = {
    nps: [3, 1, 0, 2, 4, 6, 9, 18, 22, 41, 50],
    csat: [6, 9, 14, 61, 122],
    ces: [4, 7, 0, 15, 22, 58, 82],
  } as const;
  const min = metric === 'nps' ? 0 : 1;
  const counts = shapes[metric].map((count, i) => ({ score: min + i, count: empty ? 0 : count }));
  return {
    window: windowOf(config),
    metric,
    label: metric.toUpperCase(),
    n: counts.reduce((sum, { count }) => sum + count, 0),
    counts,
  };
}

const COMMENTS = [
  'Fixed within the hour, thank you!',
  'Had to explain the problem twice.\nSecond agent got it right away.',
  null,
  'Quick fix. <b>Thanks</b> & <script>alert(1)</script>',
];

/** Two pages of responses; the second has no cursor. Comments are hidden for the unassigned row. */
function drilldown(key: string, cursor: string | undefined): Drilldown {
  const page = cursor === 'page-2' ? 2 : 1;
  const rows = Array.from({ length: page === 1 ? 5 : 3 }, (_, i) => {
    const index = (page - 1) * 5 + i;
    return {
      ticketKey: `SD-${120 - index}`,
      answeredAt: new Date(Date.UTC(2025, 2, 28 - index * 2, 9 + i, 15)).toISOString(),
      ces: index % 4 === 2 ? null : 7 - (index % 5),
      csat: 5 - (index % 4),
      comment: key === 'unassigned' ? null : (COMMENTS[index % COMMENTS.length] ?? null),
    };
  });
  return page === 1
    ? { rows, cursor: 'page-2', commentsHidden: key === 'unassigned' }
    : { rows, commentsHidden: key === 'unassigned' };
}

function csv(key: string | undefined): { filename: string; csv: string } {
  const lines = ['ticket,answeredAt,ces,csat,comment'];
  for (const row of [...drilldown(key ?? 'all', undefined).rows, ...drilldown(key ?? 'all', 'page-2').rows]) {
    lines.push(
      [
        row.ticketKey,
        row.answeredAt,
        row.ces ?? '',
        row.csat ?? '',
        `"${(row.comment ?? '').replace(/"/g, '""')}"`,
      ].join(','),
    );
  }
  return {
    filename: `cx-responses-${key ?? 'all'}-2025-03-02-2025-03-31.csv`,
    csv: `${lines.join('\r\n')}\r\n`,
  };
}

export const GADGET_RESOLVER_KEYS = [
  'getGadgetOptions',
  'getScorecard',
  'getTrend',
  'getBreakdown',
  'getDrilldown',
  'getDistribution',
  'exportResponsesCsv',
] as const;

/** The canned envelope for a gadget resolver, or `undefined` when the key is not a gadget's. */
export function gadgetAnswer(
  functionKey: string,
  extension: Record<string, unknown>,
  payload: unknown,
): Envelope<unknown> | undefined {
  if (!(GADGET_RESOLVER_KEYS as readonly string[]).includes(functionKey)) return undefined;
  if (functionKey === 'getGadgetOptions') return ok(GADGET_OPTIONS);
  const config = configOf(extension);
  if (Object.keys(config).length === 0) {
    return { ok: false, error: { code: 'NOT_CONFIGURED', message: 'Configure this gadget' } };
  }
  if (config.projects?.includes('LOCKED')) {
    return { ok: false, error: { code: 'FORBIDDEN', message: 'You cannot browse project LOCKED.' } };
  }
  const empty = config.projects?.length === 1 && config.projects[0] === 'HR';
  const args = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  switch (functionKey) {
    case 'getScorecard':
      return ok(scorecard(config, empty));
    case 'getTrend':
      return ok(trend(config, empty));
    case 'getBreakdown':
      return ok(breakdown(config, empty));
    case 'getDistribution':
      return ok(distribution(config, empty));
    case 'getDrilldown':
      if (typeof args.key !== 'string')
        return { ok: false, error: { code: 'INVALID_INPUT', message: 'key is required' } };
      return ok(drilldown(args.key, typeof args.cursor === 'string' ? args.cursor : undefined));
    case 'exportResponsesCsv':
      return ok(csv(typeof args.key === 'string' ? args.key : undefined));
    default:
      return undefined;
  }
}
