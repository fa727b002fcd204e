import type { PriorityName, RequestRecord } from './model';
import type { JsmSla } from './shapes/jsm';
import { jsmDate } from './shapes/dates';
import type { SiteStore } from './site-store';

/**
 * JSM's two default SLAs, computed from the request's own history so they can never disagree with
 * its comments and changelog. Calendar time (24/7): the site has no working-hours calendar.
 * - "Time to first response": starts at creation, stops at the first public comment by someone who
 *   is not a customer (an agent or an automation account), or at resolution.
 * - "Time to resolution": one cycle per resolution; a reopen starts a new cycle.
 */

const HOUR = 3_600_000;

const GOALS: Record<'firstResponse' | 'resolution', Record<PriorityName, number>> = {
  firstResponse: { Highest: 0.5 * HOUR, High: HOUR, Medium: 4 * HOUR, Low: 8 * HOUR },
  resolution: { Highest: 4 * HOUR, High: 8 * HOUR, Medium: 24 * HOUR, Low: 48 * HOUR },
};

interface Cycle {
  start: string;
  stop: string | null;
}

type CycleWire = NonNullable<JsmSla['completedCycles']>[number];
type OngoingWire = NonNullable<JsmSla['ongoingCycle']>;

export function firstResponseAt(store: SiteStore, request: RequestRecord): string | null {
  const response = request.comments.find(
    (comment) => comment.public && store.user(comment.authorId)?.accountType !== 'customer',
  );
  return response?.created ?? null;
}

function resolutionCycles(request: RequestRecord): Cycle[] {
  const cycles: Cycle[] = [{ start: request.created, stop: null }];
  for (const history of request.histories) {
    const item = history.items.find((candidate) => candidate.fieldId === 'resolution');
    if (!item) continue;
    const current = cycles[cycles.length - 1];
    if (item.to !== null && current && current.stop === null) current.stop = history.created;
    else if (item.to === null) cycles.push({ start: history.created, stop: null });
  }
  return cycles;
}

function firstResponseCycle(store: SiteStore, request: RequestRecord): Cycle {
  const resolvedAt = resolutionCycles(request)[0]?.stop ?? null;
  const responded = firstResponseAt(store, request);
  const stop = [responded, resolvedAt].filter((at): at is string => at !== null).sort()[0] ?? null;
  return { start: request.created, stop };
}

function duration(millis: number): { millis: number; friendly: string } {
  const sign = millis < 0 ? '-' : '';
  const minutes = Math.round(Math.abs(millis) / 60_000);
  const friendly = `${sign}${Math.floor(minutes / 60)}h ${minutes % 60}m`;
  return { millis, friendly };
}

function render(
  id: string,
  name: string,
  goal: number,
  cycles: Cycle[],
  now: Date,
  baseUrl: string,
  key: string,
) {
  const completedCycles: CycleWire[] = [];
  let ongoingCycle: OngoingWire | undefined;
  for (const cycle of cycles) {
    const start = new Date(cycle.start).getTime();
    const breachTime = new Date(start + goal).toISOString();
    const elapsed = (cycle.stop === null ? now.getTime() : new Date(cycle.stop).getTime()) - start;
    const common = {
      startTime: jsmDate(cycle.start),
      breachTime: jsmDate(breachTime),
      breached: elapsed > goal,
      goalDuration: duration(goal),
      elapsedTime: duration(elapsed),
      remainingTime: duration(goal - elapsed),
    };
    if (cycle.stop === null) ongoingCycle = { ...common, paused: false, withinCalendarHours: true };
    else completedCycles.push({ ...common, stopTime: jsmDate(cycle.stop) });
  }
  const sla: JsmSla = {
    id,
    name,
    completedCycles,
    ...(ongoingCycle ? { ongoingCycle } : {}),
    slaDisplayFormat: 'NEW_SLA_FORMAT',
    _links: { self: `${baseUrl}/rest/servicedeskapi/request/${key}/sla/${id}` },
  };
  return sla;
}

export function slaInformation(
  store: SiteStore,
  request: RequestRecord,
  now: Date,
  baseUrl: string,
): JsmSla[] {
  return [
    render(
      '1',
      'Time to first response',
      GOALS.firstResponse[request.priority],
      [firstResponseCycle(store, request)],
      now,
      baseUrl,
      request.issueId,
    ),
    render(
      '2',
      'Time to resolution',
      GOALS.resolution[request.priority],
      resolutionCycles(request),
      now,
      baseUrl,
      request.issueId,
    ),
  ];
}
