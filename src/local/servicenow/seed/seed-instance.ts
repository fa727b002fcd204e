import { Random } from '../../jsm/seed/prng';
import { glideTime, type InstanceStore, type Row } from '../instance-store';
import {
  CATALOG_ITEMS,
  CATEGORY_GROUP,
  COMPANIES,
  DEPARTMENTS,
  GROUPS,
  HR_GROUP,
  IMPACT_URGENCY,
  person,
  PRIORITY_MIX,
  RESOLUTION_MEDIAN,
  RESPONSE_MEDIAN,
  SLA_DEFINITIONS,
} from './reference-data';
import type { TicketPlan } from './plan';
import { seedSurvey, type SurveyIds } from './surveys';

export interface InstanceSeedOptions {
  seed: number;
  now: Date;
  /** Days of history before `now` (default 90). */
  days?: number;
  incidentsPerDay?: number;
  requestsPerDay?: number;
}

/** Probabilities the seeded instance is built to show. */
export const INSTANCE_SEED_RATES = {
  automatedResponse: 0.25,
  reopen: 0.08,
  canceled: 0.02,
  majorAmongP1: 0.5,
  hrIncident: 0.05,
} as const;

export interface SeedSummary {
  counts: Record<string, number>;
  hrGroup: string;
  integrationUser: string;
  survey: SurveyIds;
}

const DAY = 86_400_000;
const AUTO_CLOSE = 3 * DAY;

/**
 * Fills the instance with `days` of incidents and requested items, their task_sla rows, and
 * survey instances and results that follow from them: who answered, and how, depends on how the
 * ticket went (slow or reopened tickets score lower). Deterministic for a seed; nothing after
 * `now` has happened (open tickets, running SLAs, surveys not yet taken).
 */
export function seedInstance(store: InstanceStore, options: InstanceSeedOptions): SeedSummary {
  const random = new Random(options.seed);
  const now = options.now.getTime();
  const days = options.days ?? 90;
  const start = now - days * DAY;
  const at = new Date(start - 30 * DAY);
  const insert = (table: string, values: Record<string, string>) => store.insert(table, values, at);

  const companies = COMPANIES.map((name) => insert('core_company', { name }));
  const departments = DEPARTMENTS.map((name, i) =>
    insert('cmn_department', { name, company: companies[i % companies.length]?.sys_id as string }),
  );
  const groups = new Map(GROUPS.map((name) => [name, insert('sys_user_group', { name, active: 'true' })]));
  let people = 0;
  const user = (extra: Record<string, string>) => {
    const { name, userName } = person(people++);
    return insert('sys_user', {
      name,
      user_name: userName,
      email: `${userName}@example.com`,
      active: 'true',
      ...extra,
    });
  };
  const agents = Array.from({ length: 12 }, () => user({ department: departments[0]?.sys_id as string }));
  const callers = Array.from({ length: 120 }, () => {
    const department = random.pick(departments);
    return user({ department: department.sys_id as string, company: department.company as string });
  });
  const integration = insert('sys_user', {
    name: 'CX Metrics Integration',
    user_name: 'cx.metrics',
    active: 'true',
  });
  const items = CATALOG_ITEMS.map((name) => insert('sc_cat_item', { name, active: 'true' }));
  const slas = SLA_DEFINITIONS.map((definition) => ({
    ...definition,
    row: insert('contract_sla', {
      name: definition.name,
      target: definition.target,
      collection: 'task',
      duration: glideTime(new Date(definition.seconds * 1000)),
    }),
  }));

  const plans: TicketPlan[] = [];
  for (let day = 0; day < days; day++) {
    const dayStart = start + day * DAY;
    for (let n = random.poisson(options.incidentsPerDay ?? 12); n > 0; n--) {
      plans.push(planIncident(random, dayStart + workTime(random), now, agents, callers));
    }
    for (let n = random.poisson(options.requestsPerDay ?? 6); n > 0; n--) {
      plans.push(planRequest(random, dayStart + workTime(random), now, agents, callers));
    }
  }
  plans.sort((a, b) => a.opened - b.opened);
  let incidentNumber = 10_000;
  let itemNumber = 10_000;
  for (const plan of plans) {
    plan.row = writeTicket(store, plan, now, {
      number: plan.table === 'incident' ? `INC${++incidentNumber}` : `RITM${++itemNumber}`,
      group: groupFor(random, plan, groups),
      item: random.pick(items).sys_id as string,
    });
    writeSlas(store, plan, now, slas);
  }
  const survey = seedSurvey(store, random, plans, now, at);
  const counts = Object.fromEntries(
    ['incident', 'sc_req_item', 'task_sla', 'asmt_assessment_instance', 'asmt_metric_result', 'sys_user'].map(
      (table) => [table, store.rows(table).length],
    ),
  );
  return {
    counts,
    hrGroup: groups.get(HR_GROUP)?.sys_id as string,
    integrationUser: integration.user_name as string,
    survey,
  };
}

/** Arrivals cluster in working hours (UTC 07:00–18:00), with a thin night tail. */
function workTime(random: Random): number {
  const hour = random.chance(0.9) ? random.between(7, 18) : random.between(0, 24);
  return Math.floor(hour * 3_600_000);
}

function planIncident(
  random: Random,
  opened: number,
  now: number,
  agents: Row[],
  callers: Row[],
): TicketPlan {
  const priority = random.weighted(PRIORITY_MIX);
  const caller = random.pick(callers);
  const plan: TicketPlan = { table: 'incident', row: {}, opened, priority, caller, canceled: false };
  const automated = random.chance(INSTANCE_SEED_RATES.automatedResponse);
  const agent = random.pick(agents);
  const responseAt = automated
    ? opened + random.int(20, 90) * 1000
    : opened + Math.round(random.logNormal((RESPONSE_MEDIAN[priority] as number) * 1000, 0.8));
  plan.response = { at: responseAt, automated, by: automated ? 'system' : (agent.user_name as string) };
  plan.row = {
    assigned_to: agent.sys_id as string,
    category: random.pick(['inquiry', 'software', 'hardware', 'network', 'database']),
    contact_type: random.pick(['phone', 'email', 'self-service', 'chat']),
    reassignment_count: String(
      random.weighted([
        ['0', 0.7],
        ['1', 0.2],
        ['2', 0.1],
      ] as const),
    ),
    major_incident_state:
      priority === '1' && random.chance(INSTANCE_SEED_RATES.majorAmongP1) ? 'accepted' : '',
  };
  if (random.chance(INSTANCE_SEED_RATES.canceled)) {
    plan.canceled = true;
    return plan;
  }
  const resolveAfter = Math.round(random.logNormal((RESOLUTION_MEDIAN[priority] as number) * 1000, 0.9));
  plan.resolved = Math.max(responseAt, opened + resolveAfter) + 60_000;
  if (random.chance(INSTANCE_SEED_RATES.reopen)) {
    plan.reopened = plan.resolved + Math.min(Math.round(random.logNormal(DAY / 2, 0.7)), AUTO_CLOSE - 60_000);
    plan.finalResolved = plan.reopened + Math.round(random.logNormal(4 * 3_600_000, 0.8));
  }
  return plan;
}

function planRequest(random: Random, opened: number, now: number, agents: Row[], callers: Row[]): TicketPlan {
  const caller = random.pick(callers);
  const agent = random.pick(agents);
  const responseAt = opened + Math.round(random.logNormal(3 * 3_600_000, 0.7));
  const plan: TicketPlan = {
    table: 'sc_req_item',
    row: {
      assigned_to: agent.sys_id as string,
      contact_type: random.pick(['email', 'self-service']),
      reassignment_count: '0',
    },
    opened,
    priority: '4',
    caller,
    canceled: false,
    response: { at: responseAt, automated: false, by: agent.user_name as string },
    resolved: responseAt + Math.round(random.logNormal(30 * 3_600_000, 0.8)),
  };
  // Closed Complete, Incomplete or Skipped, decided now so the draw sequence does not depend on `now`.
  plan.row.state = random.weighted([
    ['3', 0.88],
    ['4', 0.08],
    ['7', 0.04],
  ] as const);
  return plan;
}

function groupFor(random: Random, plan: TicketPlan, groups: Map<string, Row>): string {
  if (plan.table === 'sc_req_item')
    return groups.get(random.chance(0.5) ? 'Service Desk' : 'Hardware')?.sys_id as string;
  const category = plan.row.category ?? '';
  const name = random.chance(INSTANCE_SEED_RATES.hrIncident)
    ? HR_GROUP
    : (CATEGORY_GROUP[category] ?? 'Service Desk');
  return groups.get(name)?.sys_id as string;
}

const t = (ms: number) => glideTime(new Date(ms));
const duration = (ms: number) => glideTime(new Date(ms));
const past = (ms: number | undefined, now: number): ms is number => ms !== undefined && ms <= now;

/** The ticket's row as it stands at `now`: state, stamps and counters from the events that happened. */
function writeTicket(
  store: InstanceStore,
  plan: TicketPlan,
  now: number,
  ids: { number: string; group: string; item: string },
): Row {
  const events = [plan.opened];
  const values: Record<string, string> = {
    number: ids.number,
    opened_at: t(plan.opened),
    priority: plan.priority,
    assignment_group: ids.group,
    opened_by: plan.caller.sys_id as string,
    company: plan.caller.company as string,
    contact_type: plan.row.contact_type as string,
    reassignment_count: plan.row.reassignment_count as string,
    active: 'true',
  };
  const responded = past(plan.response?.at, now);
  if (responded) {
    values.assigned_to = plan.row.assigned_to as string;
    events.push(plan.response?.at as number);
  }
  if (plan.table === 'incident') Object.assign(values, incidentFields(plan, now, responded, events));
  else Object.assign(values, requestFields(plan, now, responded, events, ids.item));
  const last = Math.max(...events);
  return store.insert(
    plan.table,
    {
      ...values,
      sys_updated_on: t(last),
      sys_updated_by: last === plan.response?.at ? plan.response.by : 'system',
      sys_mod_count: String(events.length - 1),
    },
    new Date(plan.opened),
    'system',
  );
}

function incidentFields(
  plan: TicketPlan,
  now: number,
  responded: boolean,
  events: number[],
): Record<string, string> {
  const [impact, urgency] = IMPACT_URGENCY[plan.priority] as [string, string];
  const values: Record<string, string> = {
    impact,
    urgency,
    caller_id: plan.caller.sys_id as string,
    category: plan.row.category as string,
    major_incident_state: plan.row.major_incident_state as string,
    reopen_count: '0',
    state: responded ? '2' : '1',
  };
  if (plan.canceled) {
    const at = (plan.response?.at ?? plan.opened) + 3_600_000;
    if (!past(at, now)) return values;
    events.push(at);
    return { ...values, state: '8', active: 'false', closed_at: t(at) };
  }
  let resolvedAt = past(plan.resolved, now) ? plan.resolved : undefined;
  if (resolvedAt !== undefined) events.push(resolvedAt);
  if (resolvedAt !== undefined && past(plan.reopened, now)) {
    // Reopening moves the incident back to In Progress and clears the resolution [38].
    events.push(plan.reopened);
    Object.assign(values, {
      state: '2',
      reopen_count: '1',
      reopened_time: t(plan.reopened),
      reopened_by: plan.caller.sys_id as string,
    });
    resolvedAt = past(plan.finalResolved, now) ? plan.finalResolved : undefined;
    if (resolvedAt !== undefined) events.push(resolvedAt);
  }
  if (resolvedAt === undefined) return values;
  const handled = Math.min(resolvedAt - plan.opened, (20 + (plan.opened % 40)) * 60_000);
  Object.assign(values, {
    state: '6',
    resolved_at: t(resolvedAt),
    resolved_by: plan.row.assigned_to as string,
    close_code: 'Solved (Permanently)',
    calendar_stc: String(Math.round((resolvedAt - plan.opened) / 1000)),
    calendar_duration: duration(resolvedAt - plan.opened),
    time_worked: duration(handled - (handled % 1000)),
  });
  if (past(resolvedAt + AUTO_CLOSE, now)) {
    events.push(resolvedAt + AUTO_CLOSE);
    Object.assign(values, { state: '7', active: 'false', closed_at: t(resolvedAt + AUTO_CLOSE) });
  }
  return values;
}

function requestFields(
  plan: TicketPlan,
  now: number,
  responded: boolean,
  events: number[],
  item: string,
): Record<string, string> {
  const values: Record<string, string> = {
    cat_item: item,
    requested_for: plan.caller.sys_id as string,
    state: responded ? '2' : '1',
    stage: responded ? 'fulfillment' : 'waiting_for_approval',
  };
  if (!past(plan.resolved, now)) return values;
  events.push(plan.resolved);
  return {
    ...values,
    state: plan.row.state as string,
    stage: 'complete',
    active: 'false',
    closed_at: t(plan.resolved),
    calendar_duration: duration(plan.resolved - plan.opened),
  };
}

/**
 * A response SLA per ticket, and a resolution SLA per incident: started at opening, completed by
 * the first response / first resolution (a completed SLA stays completed across a reopen),
 * cancelled with the ticket, still running otherwise. The row is last updated by whoever met it.
 */
function writeSlas(
  store: InstanceStore,
  plan: TicketPlan,
  now: number,
  slas: ReadonlyArray<{ target: string; seconds: number; priorities: readonly string[]; row: Row }>,
): void {
  const task = plan.row.sys_id as string;
  for (const sla of slas) {
    if (!sla.priorities.includes(plan.priority)) continue;
    if (sla.target === 'resolution' && plan.table !== 'incident') continue;
    const stop = sla.target === 'response' ? plan.response?.at : plan.resolved;
    const by = sla.target === 'response' ? (plan.response?.by ?? 'system') : 'system';
    const canceledAt =
      plan.canceled && sla.target === 'resolution'
        ? (plan.response?.at ?? plan.opened) + 3_600_000
        : undefined;
    const values: Record<string, string> = {
      task,
      sla: sla.row.sys_id as string,
      start_time: t(plan.opened),
      planned_end_time: t(plan.opened + sla.seconds * 1000),
      stage: 'in_progress',
      has_breached: 'false',
      active: 'true',
    };
    let updated = plan.opened;
    let updatedBy = 'system';
    if (past(canceledAt, now)) {
      Object.assign(values, { stage: 'cancelled', active: 'false', end_time: t(canceledAt) });
      updated = canceledAt;
    } else if (past(stop, now)) {
      Object.assign(values, {
        stage: 'completed',
        active: 'false',
        end_time: t(stop),
        duration: duration(stop - plan.opened),
        has_breached: String(stop - plan.opened > sla.seconds * 1000),
      });
      updated = stop;
      updatedBy = by;
    }
    store.insert(
      'task_sla',
      {
        ...values,
        sys_updated_on: t(updated),
        sys_updated_by: updatedBy,
        sys_mod_count: updated === plan.opened ? '0' : '1',
      },
      new Date(plan.opened),
      'system',
    );
  }
}
