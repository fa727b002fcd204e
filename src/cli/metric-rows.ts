import { DEFAULT_SETTINGS, type MetricName, type Report } from '../domain';
import { ci, DASH, compactDuration, low, pct, points, target } from './cells';
import { EXPERIENCE_COMPONENT_INFO, EXPERIENCE_COMPONENTS } from '../domain/metrics/experience-index';

/** MTTA's rows: all first responses, then those by a person and by automation apart (metrics.md). */
const MTTA_ROW_NAMES = { overall: 'MTTA', human: '  by people', automated: '  by automation' } as const;

export type MetricRow = [metric: string, value: string, n: string, detail: string, target: string];
type Metrics = Report['metrics'];

/** The details that are there, joined; an empty part (no interval) leaves no stray separator. */
const details = (...parts: string[]) => parts.filter(Boolean).join(' · ');

/**
 * The table's rows for each metric, keyed by its name: a metric added to METRIC_GROUPS does not
 * compile until it has its rows here. Most metrics are one row; some add indented sub-rows.
 */
export const METRIC_ROWS: { [name in MetricName]: (metrics: Metrics) => MetricRow[] } = {
  csat: ({ csat }) => [
    [
      'CSAT',
      pct(csat.value) + low(csat.lowSample, csat.n),
      `${csat.n}`,
      ci(csat.ci95),
      target(csat.value, csat.target),
    ],
  ],

  ces: ({ ces }) => [
    [
      `CES (≥ ${ces.threshold})`,
      pct(ces.value) + low(ces.lowSample, ces.n),
      `${ces.n}`,
      ci(ces.ci95),
      target(ces.value, ces.target),
    ],
  ],

  nps: ({ nps }) => [
    [
      'NPS',
      points(nps.value) + low(nps.lowSample, nps.n),
      `${nps.n}`,
      details(
        `${nps.promoters} promoters, ${nps.passives} passives, ${nps.detractors} detractors`,
        ci(nps.ci95),
      ),
      target(nps.value, nps.target, (v) => `+${v}`),
    ],
  ],

  ice: ({ ice }) => [
    [
      'ICE (incident communication)',
      pct(ice.value),
      `${ice.n}`,
      `status follow-ups: ${ice.statusFollowUps}`,
      target(ice.value, DEFAULT_SETTINGS.targets.ice),
    ],
    ...Object.entries(ice.byQuestion).map(([question, result]): MetricRow => [
      `  ${question}`,
      pct(result.value) + low(result.lowSample, result.n),
      `${result.n}`,
      ci(result.ci95),
      '',
    ]),
  ],

  experienceIndex: ({ experienceIndex: index }) => [
    [
      'Experience Index',
      index.value === null ? DASH : index.value.toFixed(1),
      `${index.n}`,
      Object.keys(index.components).length === 0 ? 'no components with data' : 'from the components below',
      target(index.value, DEFAULT_SETTINGS.targets.experienceIndex),
    ],
    ...EXPERIENCE_COMPONENTS.flatMap((component): MetricRow[] => {
      const value = index.components[component];
      if (value === undefined) return [];
      const info = EXPERIENCE_COMPONENT_INFO[component];
      return [[`  ${info.name}`, value.toFixed(1), `${index.sizes[component] ?? 0}`, info.counts, '']];
    }),
  ],

  mtta: ({ mtta }) => [
    ...(['overall', 'human', 'automated'] as const).map((group): MetricRow => {
      const g = mtta[group];
      return [
        MTTA_ROW_NAMES[group],
        compactDuration(g.meanSeconds),
        `${g.n}`,
        `median ${compactDuration(g.medianSeconds)} · p90 ${compactDuration(g.p90Seconds)} · ${pct(g.targetAttainment)} within target`,
        '',
      ];
    }),
    ['  unacknowledged', `${mtta.unacknowledged}`, '', '', ''],
  ],

  fcr: ({ fcr }) => [
    [
      'FCR',
      pct(fcr.value),
      `${fcr.n}`,
      details(`${fcr.failed} failed`, `${fcr.pending} pending`, ci(fcr.ci95)),
      target(fcr.value, fcr.target),
    ],
  ],

  aht: ({ aht }) => [['AHT', compactDuration(aht.meanSeconds), `${aht.n}`, '', '']],

  ttv: ({ ttv }) => [
    [
      'TTV',
      compactDuration(ttv.meanSeconds),
      `${ttv.n}`,
      `median ${compactDuration(ttv.medianSeconds)} · p90 ${compactDuration(ttv.p90Seconds)}`,
      '',
    ],
  ],

  responseRate: ({ responseRate }) =>
    Object.entries(responseRate).map(([survey, rate]): MetricRow => [
      `Response rate ${survey}`,
      pct(rate.value),
      `${rate.responses}`,
      `of ${rate.invitations} invited`,
      '',
    ]),

  selfService: ({ selfService }) => [
    [
      'Self-service success',
      pct(selfService.value),
      `${selfService.n}`,
      `${pct(selfService.abandonmentRate)} abandoned · ${selfService.pending} pending`,
      '',
    ],
  ],

  availability: ({ availability }) => {
    const services = Object.entries(availability);
    if (services.length === 0) return [['Availability', DASH, '0', '', '']];
    return services.map(([service, a]): MetricRow => [
      `Availability ${service}`,
      pct(a.effective),
      `${a.n}`,
      `technical ${pct(a.technical)} · gap ${a.gap.toFixed(1)} points`,
      '',
    ]);
  },
};
