import type { Random } from '../../jsm/seed/prng';
import { glideTime, type InstanceStore, type Row } from '../instance-store';
import { COMMENTS, RESOLUTION_MEDIAN } from './reference-data';
import type { TicketPlan } from './plan';

/** The seeded survey and its questions' sys_ids, for mappings and tests. */
export interface SurveyIds {
  type: string;
  csat: string;
  nps: string;
  /** Customer effort, 1–7 with 1 = "very easy": an inverted scale. */
  ces: string;
  comment: string;
}

export const SURVEY_RATES = { sent: 0.45, answered: 0.6, comment: 0.3 } as const;

const HOUR = 3_600_000;
const t = (ms: number) => glideTime(new Date(ms));

/**
 * A "Customer Satisfaction" survey (asmt_metric_type) with four questions, triggered when a
 * ticket is resolved (incidents) or closed (requested items) for a share of them: one instance per
 * recipient (the caller), and results once taken. Answers follow the ticket: a reopen or a slow
 * resolution lowers satisfaction, and recommendation and effort follow satisfaction.
 */
export function seedSurvey(
  store: InstanceStore,
  random: Random,
  plans: TicketPlan[],
  now: number,
  at: Date,
): SurveyIds {
  const type = store.insert(
    'asmt_metric_type',
    { name: 'Customer Satisfaction', evaluation_method: 'survey', active: 'true' },
    at,
  );
  const question = (name: string, datatype: string, min: string, max: string, order: string) =>
    store.insert(
      'asmt_metric',
      { name, datatype, scale_min: min, scale_max: max, order, metric_type: type.sys_id as string },
      at,
    );
  const csat = question('Overall satisfaction', 'scale', '1', '5', '100');
  const nps = question('How likely are you to recommend us?', 'numericscale', '0', '10', '200');
  const ces = question('How easy was it to get your issue resolved?', 'scale', '1', '7', '300');
  const comment = question('Anything else you would like to tell us?', 'string', '', '', '400');
  let number = 0;
  for (const plan of plans) {
    const sentAt = triggerTime(plan, now);
    if (sentAt === undefined || !random.chance(SURVEY_RATES.sent)) continue;
    const answered = random.chance(SURVEY_RATES.answered);
    const takenOn = sentAt + Math.round(random.logNormal(3 * HOUR, 1));
    const expires = sentAt + 7 * 24 * HOUR;
    const taken = answered && takenOn <= now && takenOn < expires;
    const state = taken ? 'complete' : expires <= now ? 'canceled' : 'ready';
    const updated = taken ? takenOn : state === 'canceled' ? expires : sentAt;
    const instance = store.insert(
      'asmt_assessment_instance',
      {
        number: `AINST${String(++number).padStart(7, '0')}`,
        metric_type: type.sys_id as string,
        user: plan.caller.sys_id as string,
        state,
        due_date: t(expires),
        expiration_date: t(expires),
        taken_on: taken ? t(takenOn) : '',
        task_id: plan.row.sys_id as string,
        trigger_table: plan.table,
        trigger_id: plan.row.sys_id as string,
        sys_updated_on: t(updated),
        sys_mod_count: taken || state === 'canceled' ? '1' : '0',
      },
      new Date(sentAt),
    );
    if (!taken) continue;
    const satisfaction = satisfactionOf(random, plan);
    const answer = (metric: Row, actual: number, min: number, max: number, inverted = false) => {
      const share = (actual - min) / (max - min);
      store.insert(
        'asmt_metric_result',
        {
          instance: instance.sys_id as string,
          metric: metric.sys_id as string,
          user: plan.caller.sys_id as string,
          actual_value: String(actual),
          string_value: String(actual),
          normalized_value: String(Math.round((inverted ? 1 - share : share) * 1e4) / 1e4),
          source: plan.row.sys_id as string,
        },
        new Date(takenOn),
      );
    };
    answer(csat, satisfaction, 1, 5);
    answer(nps, recommendation(random, satisfaction), 0, 10);
    // 1 is "very easy": the happier the customer, the lower the stored value.
    answer(ces, Math.min(7, Math.max(1, 8 - (satisfaction + 2) + random.int(-1, 1))), 1, 7, true);
    if (random.chance(SURVEY_RATES.comment)) {
      store.insert(
        'asmt_metric_result',
        {
          instance: instance.sys_id as string,
          metric: comment.sys_id as string,
          user: plan.caller.sys_id as string,
          actual_value: '-1',
          string_value: random.pick(COMMENTS),
          source: plan.row.sys_id as string,
        },
        new Date(takenOn),
      );
    }
  }
  return {
    type: type.sys_id as string,
    csat: csat.sys_id as string,
    nps: nps.sys_id as string,
    ces: ces.sys_id as string,
    comment: comment.sys_id as string,
  };
}

/** Surveys go out on resolution (incidents) or closure (requested items), once it has happened. */
function triggerTime(plan: TicketPlan, now: number): number | undefined {
  const row = plan.row;
  const when = plan.table === 'incident' ? row.resolved_at : row.closed_at;
  if (!when) return undefined;
  const at = Date.parse(`${when.replace(' ', 'T')}Z`);
  return at <= now ? at : undefined;
}

function satisfactionOf(random: Random, plan: TicketPlan): number {
  const slow =
    plan.resolved !== undefined && plan.resolved - plan.opened > 2 * (RESOLUTION_MEDIAN[plan.priority] ?? 0);
  const mean = 4.4 - (plan.reopened !== undefined ? 1.4 : 0) - (slow ? 0.9 : 0);
  return Math.min(5, Math.max(1, Math.round(mean + 0.8 * random.normal())));
}

function recommendation(random: Random, satisfaction: number): number {
  const [low, high] = (
    [
      [0, 3],
      [2, 5],
      [5, 8],
      [7, 9],
      [8, 10],
    ] as const
  )[satisfaction - 1] ?? [5, 8];
  return random.int(low, high);
}
