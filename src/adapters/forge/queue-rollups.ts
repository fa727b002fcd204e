import { Queue } from '@forge/events';
import type { ProjectDay } from '../../app/ports/aggregate-store';
import type { RollupQueue } from '../../app/ports/rollup-queue';

export const ROLLUP_QUEUE = 'aggregate-rollups';
/** A short wait lets a burst of answers on one day fold into one rebuild. */
const DEBOUNCE_SECONDS = 30;
/** Forge takes at most 50 events per push. */
const PUSH_LIMIT = 50;

/** The body of a rollup request: a project's day, or the site-wide values of a day. */
export type RollupRequest = { projectKey: string; day: string } | { site: true; day: string };

/**
 * Rebuild requests on a Forge queue. The concurrency key is the project month (the site month for
 * site-wide values), limit 1: a day's rebuild also rebuilds the blocks and the month above it,
 * which its neighbours share, so two rebuilds that share a period never run at once and a slower
 * one cannot overwrite a newer one.
 */
export class QueueRollups implements RollupQueue {
  private readonly queue = new Queue({ key: ROLLUP_QUEUE });

  schedule(days: ProjectDay[]): Promise<void> {
    const unique = new Map(days.map((day) => [`${day.projectKey}:${day.day}`, day]));
    return this.push(
      [...unique.values()].map(({ projectKey, day }) => ({
        body: { projectKey, day },
        lane: `rollup-${projectKey}-${day.slice(0, 7)}`,
      })),
    );
  }

  scheduleSite(days: string[]): Promise<void> {
    return this.push(
      [...new Set(days)].map((day) => ({
        body: { site: true, day },
        lane: `rollup-site-${day.slice(0, 7)}`,
      })),
    );
  }

  private async push(requests: Array<{ body: RollupRequest; lane: string }>): Promise<void> {
    for (let start = 0; start < requests.length; start += PUSH_LIMIT) {
      await this.queue.push(
        requests.slice(start, start + PUSH_LIMIT).map(({ body, lane }) => ({
          body,
          delayInSeconds: DEBOUNCE_SECONDS,
          concurrency: { key: lane, limit: 1 },
        })),
      );
    }
  }
}
