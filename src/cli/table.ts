import { DEFAULT_SETTINGS, METRIC_GROUPS, targetStatus, type MetricName, type Report } from '../domain';

type Row = [metric: string, value: string, n: string, detail: string, target: string];

const DASH = '–';
const pct = (value: number | null) => (value === null ? DASH : `${value.toFixed(1)} %`);
const points = (value: number | null) =>
  value === null ? DASH : `${value > 0 ? '+' : ''}${value.toFixed(1)}`;
const ci = (interval: [number, number] | null) =>
  interval === null ? '' : `95 % CI ${interval[0].toFixed(1)}–${interval[1].toFixed(1)}`;
const low = (lowSample: boolean, n: number) => (lowSample && n > 0 ? ' *' : '');

/** Seconds as the largest two units, e.g. "2h 05m"; a person reads durations, not seconds. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return DASH;
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  return `${Math.floor(s / 86_400)}d ${String(Math.floor((s % 86_400) / 3600)).padStart(2, '0')}h`;
}

/** The target cell: the floor and whether it is met (✓), missed (✗) or unknown. */
function target(value: number | null, floor: number, format: (v: number) => string = (v) => `${v}`): string {
  const mark = { met: '✓', missed: '✗', 'no-data': ' ' }[targetStatus(value, floor)];
  return `${mark} ${format(floor)}`;
}

function rowsOf(name: MetricName, { metrics: m }: Report): Row[] {
  switch (name) {
    case 'csat':
      return [
        [
          'CSAT',
          pct(m.csat.value) + low(m.csat.lowSample, m.csat.n),
          `${m.csat.n}`,
          ci(m.csat.ci95),
          target(m.csat.value, m.csat.target),
        ],
      ];
    case 'ces':
      return [
        [
          `CES (≥ ${m.ces.threshold})`,
          pct(m.ces.value) + low(m.ces.lowSample, m.ces.n),
          `${m.ces.n}`,
          ci(m.ces.ci95),
          target(m.ces.value, m.ces.target),
        ],
      ];
    case 'nps':
      return [
        [
          'NPS',
          points(m.nps.value) + low(m.nps.lowSample, m.nps.n),
          `${m.nps.n}`,
          [
            `${m.nps.promoters} promoters, ${m.nps.passives} passives, ${m.nps.detractors} detractors`,
            ci(m.nps.ci95),
          ]
            .filter(Boolean)
            .join(' · '),
          target(m.nps.value, m.nps.target, (v) => `+${v}`),
        ],
      ];
    case 'ice':
      return [
        [
          'ICE',
          pct(m.ice.value),
          `${m.ice.n}`,
          `status follow-ups: ${m.ice.statusFollowUps}`,
          target(m.ice.value, DEFAULT_SETTINGS.targets.ice),
        ],
        ...Object.entries(m.ice.byQuestion).map(([question, result]): Row => [
          `  ${question}`,
          pct(result.value) + low(result.lowSample, result.n),
          `${result.n}`,
          ci(result.ci95),
          '',
        ]),
      ];
    case 'experienceIndex':
      return [
        [
          'Experience Index',
          m.experienceIndex.value === null ? DASH : m.experienceIndex.value.toFixed(1),
          '',
          `from ${Object.keys(m.experienceIndex.components).join(', ') || 'no components'}`,
          target(m.experienceIndex.value, DEFAULT_SETTINGS.targets.experienceIndex),
        ],
      ];
    case 'mtta':
      return [
        ...(['overall', 'human', 'automated'] as const).map((group): Row => {
          const g = m.mtta[group];
          return [
            group === 'overall' ? 'MTTA' : `  ${group}`,
            formatDuration(g.meanSeconds),
            `${g.n}`,
            `median ${formatDuration(g.medianSeconds)} · p90 ${formatDuration(g.p90Seconds)} · ${pct(g.targetAttainment)} within target`,
            '',
          ];
        }),
        ['  unacknowledged', `${m.mtta.unacknowledged}`, '', '', ''],
      ];
    case 'fcr':
      return [
        [
          'FCR',
          pct(m.fcr.value),
          `${m.fcr.n}`,
          [`${m.fcr.failed} failed`, `${m.fcr.pending} pending`, ci(m.fcr.ci95)].filter(Boolean).join(' · '),
          target(m.fcr.value, m.fcr.target),
        ],
      ];
    case 'aht':
      return [['AHT', formatDuration(m.aht.meanSeconds), `${m.aht.n}`, '', '']];
    case 'ttv':
      return [
        [
          'TTV',
          formatDuration(m.ttv.meanSeconds),
          `${m.ttv.n}`,
          `median ${formatDuration(m.ttv.medianSeconds)} · p90 ${formatDuration(m.ttv.p90Seconds)}`,
          '',
        ],
      ];
    case 'responseRate':
      return Object.entries(m.responseRate).map(([survey, rate]): Row => [
        `Response rate ${survey}`,
        pct(rate.value),
        `${rate.responses}`,
        `of ${rate.invitations} invited`,
        '',
      ]);
    case 'selfService':
      return [
        [
          'Self-service success',
          pct(m.selfService.value),
          `${m.selfService.n}`,
          `${pct(m.selfService.abandonmentRate)} abandoned · ${m.selfService.pending} pending`,
          '',
        ],
      ];
    case 'availability': {
      const services = Object.entries(m.availability);
      if (services.length === 0) return [['Availability', DASH, '0', '', '']];
      return services.map(([service, a]): Row => [
        `Availability ${service}`,
        pct(a.effective),
        `${a.n}`,
        `technical ${pct(a.technical)} · gap ${a.gap.toFixed(1)} points`,
        '',
      ]);
    }
  }
}

const HEADINGS = {
  results: 'Results metrics',
  process: 'Process metrics',
  context: 'Service availability (user perspective)',
};

/**
 * The report as a table for people: results and process metrics apart (metrics.md), values
 * rounded for reading, each target shown with ✓ (met) or ✗ (missed).
 */
export function formatTable(report: Report): string {
  const sections = (['results', 'process', 'context'] as const).map((group) => ({
    heading: HEADINGS[group],
    rows: METRIC_GROUPS[group].flatMap((name) => rowsOf(name, report)),
  }));
  const all = sections.flatMap((section) => section.rows);
  const header: Row = ['', 'value', 'n', '', 'target'];
  // Detail goes last: it is the longest cell and needs no alignment.
  const order = [0, 1, 2, 4, 3] as const;
  const widths = header.map((_, column) => Math.max(...[header, ...all].map((row) => row[column]!.length)));
  const line = (row: Row) =>
    order
      .map((column) =>
        column === 0 || column === 3
          ? row[column].padEnd(widths[column]!)
          : row[column].padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  const window = `${report.window.from ?? 'the beginning'} to ${report.window.to ?? 'now'}`;
  return [
    `CX metrics as of ${report.asOf}, ${window}`,
    `${report.records.read} lines read, ${report.records.skipped} skipped`,
    ...sections.flatMap(({ heading, rows }) => ['', heading, line(header), ...rows.map(line)]),
    '',
    '* fewer than 30 answers: read with care. Targets: ✓ met, ✗ missed.',
  ].join('\n');
}
