import { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import type { BackfillQueue, BackfillRun, BackfillStore } from '../../app/ports/backfill-run';
import type { ChainStep } from '../../app/ports/chain-step';
import { backfillProgressSchema } from '../../domain/capture/backfill-progress';
import { z } from 'zod';
import { keys } from './keys';

const runSchema = z.object({
  id: z.string(),
  months: z.number(),
  jql: z.string(),
  progress: backfillProgressSchema,
  chainEnded: z.object({ at: z.string(), reason: z.string() }).nullish(),
});

/** The one backfill's state, in one key (a few hundred bytes). */
export class KvsBackfillStore implements BackfillStore {
  async get(): Promise<BackfillRun | null> {
    const parsed = runSchema.safeParse(await kvs.get(keys.backfill));
    return parsed.success ? parsed.data : null;
  }

  async save(run: BackfillRun): Promise<void> {
    await kvs.set(keys.backfill, run);
  }
}

export const BACKFILL_QUEUE = 'history-import';

/**
 * Pages are imported one at a time: one concurrency key for the whole import. The body carries
 * the chain's allowance (app/queue-chain.ts); the consumer runs with a 300 s timeout, where Forge
 * takes events of at most 100 KB (https://developer.atlassian.com/platform/forge/limits-async-events/):
 * this one is a few dozen bytes.
 */
export class QueueBackfill implements BackfillQueue {
  private readonly queue = new Queue({ key: BACKFILL_QUEUE });

  async next(runId: string, step: ChainStep): Promise<void> {
    await this.queue.push([
      {
        body: { runId, allowance: step.allowance },
        delayInSeconds: step.delayInSeconds,
        concurrency: { key: BACKFILL_QUEUE, limit: 1 },
      },
    ]);
  }
}
