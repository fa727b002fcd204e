import { resumeRebuild } from '../../app/aggregates/rebuild-aggregates';
import { requestMarkedRollups } from '../../app/aggregates/rollup-day';
import { readBackfill, resumeBackfill } from '../../app/backfill/start-backfill';
import { CATCH_UP_SHARE, shareOfTree } from '../../app/queue-chain';
import { appDeps } from '../deps';

/**
 * Every five minutes: days whose rebuild request was lost, refused or failed still carry a marker,
 * so ask again (up to a share of the per-minute event limit; the rest next time). Then a history
 * import or a rebuild of the figures whose chain of queue events ended (its invocation tree had
 * spent Forge's push allowance, or a push was refused) or stopped moving goes on where it stopped,
 * in a new chain: this invocation is a new tree, which the two share (app/queue-chain.ts).
 */
export async function catchUpRollups(): Promise<{
  rollups: number;
  backfill: string;
  rebuild: string | null;
}> {
  const deps = appDeps();
  const marked = await requestMarkedRollups(deps, CATCH_UP_SHARE);
  const before = await readBackfill(deps);
  // An import and a rebuild both running may both need a chain: then they share the tree.
  const rebuilding = (await deps.rebuild.get())?.state === 'running';
  const budget = shareOfTree(marked.cost.pushes, before.state === 'running' && rebuilding ? 2 : 1);
  const after = before.state === 'running' ? await resumeBackfill(deps, 'catch-up', budget) : before;
  const rebuild = await resumeRebuild(deps, budget);
  return { rollups: marked.requested, backfill: after.state, rebuild: rebuild?.state ?? null };
}
