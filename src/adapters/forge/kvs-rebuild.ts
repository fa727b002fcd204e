import { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import type { RebuildRun, RebuildStore } from '../../app/aggregates/rebuild-aggregates';
import type { ChainStep } from '../../app/ports/chain-step';
import { keys } from './keys';

export const REBUILD_QUEUE = 'aggregate-rebuild';

/** The one rebuild's state in one key, and its parts on a queue, one at a time. */
export class KvsRebuild implements RebuildStore {
  private readonly queue = new Queue({ key: REBUILD_QUEUE });

  async get(): Promise<RebuildRun | null> {
    return (await kvs.get<RebuildRun>(keys.rebuild)) ?? null;
  }

  async save(run: RebuildRun): Promise<void> {
    await kvs.set(keys.rebuild, run);
  }

  /** The body carries the chain's allowance (app/queue-chain.ts). */
  async next(runId: string, step: ChainStep): Promise<void> {
    await this.queue.push([
      {
        body: { runId, allowance: step.allowance },
        delayInSeconds: step.delayInSeconds,
        concurrency: { key: REBUILD_QUEUE, limit: 1 },
      },
    ]);
  }
}
