import { z } from 'zod';
import { FIGURE_METRICS, type FigureMetric } from '../report/figures';

/** How often a metric's owner reviews it: one review task per period of this length. */
export const REVIEW_CADENCES = ['daily', 'weekly', 'monthly', 'quarterly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

const accountId = z
  .string()
  .regex(/^[A-Za-z0-9:_-]{1,128}$/, 'An owner is a Jira account id.')
  .nullable();

export const metricReviewSchema = z
  .object({
    /** The Jira account that owns the metric; `null` until an administrator picks one. */
    owner: accountId,
    /** Who the owner is meant to be, in the literature's words (shown when no one is picked). */
    role: z.string().trim().min(1, 'Say who owns the metric.').max(80),
    cadence: z.enum(REVIEW_CADENCES),
    /** Who the review is for. */
    audience: z.string().trim().min(1, 'Say who the review is for.').max(120),
  })
  .strict();
export type MetricReview = z.infer<typeof metricReviewSchema>;

export const reviewPlanSchema = z
  .object({
    version: z.literal(1),
    /** Whether review tasks are created at all. */
    enabled: z.boolean(),
    /** The Jira project review tasks are created in; `null` until chosen. */
    projectKey: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{0,49}$/, 'A project key is capital letters and digits.')
      .nullable(),
    /** The issue type of a review task (by name, as Jira's create screen shows it). */
    issueType: z.string().trim().min(1).max(60),
    metrics: z.object(
      Object.fromEntries(FIGURE_METRICS.map((metric) => [metric, metricReviewSchema])) as Record<
        FigureMetric,
        typeof metricReviewSchema
      >,
    ),
  })
  .strict()
  .check((ctx) => {
    if (ctx.value.enabled && ctx.value.projectKey === null) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.projectKey,
        path: ['projectKey'],
        message: 'Choose the project review tasks are created in.',
      });
    }
  });
export type ReviewPlan = z.infer<typeof reviewPlanSchema>;

const MANAGER_MONTHLY: MetricReview = {
  owner: null,
  role: 'Service desk manager',
  cadence: 'monthly',
  audience: 'Service desk team',
};
const OWNER_QUARTERLY: MetricReview = {
  owner: null,
  role: 'Service owner',
  cadence: 'quarterly',
  audience: 'Service owners and leadership',
};
const LEAD_WEEKLY: MetricReview = {
  owner: null,
  role: 'Team lead',
  cadence: 'weekly',
  audience: 'Agents of the team',
};

/**
 * Who owns each metric and how often it is reviewed, as the CX literature this app follows
 * assigns them: effort and satisfaction monthly by the service desk manager, NPS, ICE and the
 * Experience Index quarterly by the service owner, FCR daily by the team leads, MTTA (watched
 * hourly on the dashboard) and handle time weekly by the team leads, time to value monthly by the
 * service owner. Owners are people only an administrator can name. A metric the table does not
 * name is a process metric a team lead reviews weekly.
 */
const KNOWN_DEFAULTS: Readonly<Record<string, MetricReview>> = {
  csat: MANAGER_MONTHLY,
  ces: MANAGER_MONTHLY,
  nps: OWNER_QUARTERLY,
  ice: OWNER_QUARTERLY,
  experienceIndex: OWNER_QUARTERLY,
  fcr: { ...LEAD_WEEKLY, cadence: 'daily' },
  mtta: LEAD_WEEKLY,
  aht: LEAD_WEEKLY,
  ttv: { owner: null, role: 'Service owner', cadence: 'monthly', audience: 'Service owners' },
};

export const defaultReviewOf = (metric: FigureMetric): MetricReview => ({
  ...(KNOWN_DEFAULTS[metric] ?? LEAD_WEEKLY),
});

export const defaultReviewPlan = (): ReviewPlan => ({
  version: 1,
  enabled: false,
  projectKey: null,
  issueType: 'Task',
  metrics: Object.fromEntries(
    FIGURE_METRICS.map((metric) => [metric, defaultReviewOf(metric)]),
  ) as ReviewPlan['metrics'],
});

/**
 * Reads a stored or submitted plan. Invalid input: the errors by field, and nothing to store.
 */
export function parseReviewPlan(
  value: unknown,
): { ok: true; plan: ReviewPlan } | { ok: false; errors: Array<{ field: string; message: string }> } {
  const parsed = reviewPlanSchema.safeParse(value);
  if (parsed.success) return { ok: true, plan: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
  };
}
