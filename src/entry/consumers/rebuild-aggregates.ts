import { z } from 'zod';
import { rebuildPart } from '../../app/aggregates/rebuild-aggregates';
import { appDeps } from '../deps';

/**
 * `allowance`: the pushes the chain's invocation tree may still make (app/queue-chain.ts); a
 * request without one spends nothing, and the scheduled catch-up starts a new chain.
 */
const bodySchema = z.object({ runId: z.string().min(1), allowance: z.number().int().min(0).default(0) });

/** Queue consumer: scans the next part of the facts for a full rebuild of the aggregates. */
export async function rebuildAggregates(event: { body?: unknown }): Promise<string> {
  const parsed = bodySchema.safeParse(event.body);
  if (!parsed.success) return 'ignored';
  return (await rebuildPart(appDeps(), parsed.data.runId, parsed.data.allowance))?.state ?? 'stale';
}
