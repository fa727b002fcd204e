import { z } from 'zod';
import { rebuildPart } from '../../app/aggregates/rebuild-aggregates';
import { appDeps } from '../deps';

/** Queue consumer: scans the next part of the facts for a full rebuild of the aggregates. */
export async function rebuildAggregates(event: { body?: unknown }): Promise<string> {
  const parsed = z.object({ runId: z.string().min(1) }).safeParse(event.body);
  if (!parsed.success) return 'ignored';
  return (await rebuildPart(appDeps(), parsed.data.runId))?.state ?? 'stale';
}
