import { Queue } from '@forge/events';
import type { ProjectDay } from '../../app/ports/aggregate-store';
import type { QueueCost } from '../../app/ports/chain-step';
import type { RollupQueue } from '../../app/ports/rollup-queue';

export const ROLLUP_QUEUE = 'aggregate-rollups';
/** A short wait lets a burst of answers on one day fold into one rebuild. */
const DEBOUNCE_SECONDS = 30;
/**
 * Forge takes at most 50 events per push, of at most 200 KB together
 * (https://developer.atlassian.com/platform/forge/limits-async-events/); a month of days is a few
 * hundred bytes.
 */
const PUSH_LIMIT = 50;

/**
 * The body of a rollup request: days of one project month, or the site-wide values of days of
 * one month. (`day`, a single day, is how requests were asked for before; still read.)
 */
export type RollupRequest =
  | { projectKey: string; days: string[] }
  | { site: true; days: string[] }
  | { projectKey: string; day: string }
  | { site: true; day: string };

const monthOf = (day: string) => day.slice(0, 7);

function byMonth<T>(items: T[], keyOf: (item: T) => string, dayOf: (item: T) => string) {
  const groups = new Map<string, { first: T; days: Set<string> }>();
  for (const item of items) {
    const key = `${keyOf(item)}:${monthOf(dayOf(item))}`;
    const group = groups.get(key) ?? { first: item, days: new Set<string>() };
    group.days.add(dayOf(item));
    groups.set(key, group);
  }
  return [...groups.values()].map(({ first, days }) => ({ first, days: [...days].sort() }));
}

/**
 * Rebuild requests on a Forge queue, one event per project month (per month for the site). The
 * concurrency key is that month, limit 1: a day's rebuild also rebuilds the blocks and the month
 * above it, which its neighbours share, so two rebuilds that share a period never run at once and
 * a slower one cannot overwrite a newer one. A project month's rebuild asks once for the
 * site-wide values of its days: one more push and event, counted in what a request costs.
 */
export class QueueRollups implements RollupQueue {
  private readonly queue = new Queue({ key: ROLLUP_QUEUE });

  async schedule(days: ProjectDay[]): Promise<QueueCost> {
    const months = byMonth(
      days,
      (day) => day.projectKey,
      (day) => day.day,
    );
    const pushes = await this.push(
      months.map(({ first, days: monthDays }) => ({
        body: { projectKey: first.projectKey, days: monthDays },
        lane: `rollup-${first.projectKey}-${monthOf(first.day)}`,
      })),
    );
    return { pushes: pushes + months.length, events: 2 * months.length };
  }

  async scheduleSite(days: string[]): Promise<QueueCost> {
    const months = byMonth(
      days,
      () => 'site',
      (day) => day,
    );
    const pushes = await this.push(
      months.map(({ first, days: monthDays }) => ({
        body: { site: true, days: monthDays },
        lane: `rollup-site-${monthOf(first)}`,
      })),
    );
    return { pushes, events: months.length };
  }

  private async push(requests: Array<{ body: RollupRequest; lane: string }>): Promise<number> {
    let pushes = 0;
    for (let start = 0; start < requests.length; start += PUSH_LIMIT) {
      await this.queue.push(
        requests.slice(start, start + PUSH_LIMIT).map(({ body, lane }) => ({
          body,
          delayInSeconds: DEBOUNCE_SECONDS,
          concurrency: { key: lane, limit: 1 },
        })),
      );
      pushes += 1;
    }
    return pushes;
  }
}
