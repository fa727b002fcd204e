import { Queue } from '@forge/events';
import type { RollupQueue } from '../../app/ports/rollup-queue';

export const ROLLUP_QUEUE = 'aggregate-rollups';
/** A short wait lets a burst of answers on one day fold into one rebuild. */
const DEBOUNCE_SECONDS = 30;
/** Forge takes at most 50 events per push. */
const PUSH_LIMIT = 50;

/**
 * Rebuild requests on a Forge queue. The concurrency key is the project day, limit 1: two
 * rebuilds of the same day never run at once, so a slower one cannot overwrite a newer one.
 */
export class QueueRollups implements RollupQueue {
  private readonly queue = new Queue({ key: ROLLUP_QUEUE });

  async schedule(days: Array<{ projectKey: string; day: string }>): Promise<void> {
    const unique = [...new Map(days.map((day) => [`${day.projectKey}:${day.day}`, day])).values()];
    for (let start = 0; start < unique.length; start += PUSH_LIMIT) {
      await this.queue.push(
        unique.slice(start, start + PUSH_LIMIT).map(({ projectKey, day }) => ({
          body: { projectKey, day },
          delayInSeconds: DEBOUNCE_SECONDS,
          concurrency: { key: `rollup-${projectKey}-${day}`, limit: 1 },
        })),
      );
    }
  }
}
