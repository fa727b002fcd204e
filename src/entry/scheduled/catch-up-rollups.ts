import { requestMarkedRollups } from '../../app/aggregates/rollup-day';
import { readBackfill, resumeBackfill } from '../../app/backfill/start-backfill';
import { appDeps } from '../deps';

/**
 * Hourly: days whose rebuild request was lost (or failed) still carry a marker, so ask again;
 * and a history import that stopped moving (an interrupted page) is resumed where it stopped.
 */
export async function catchUpRollups(): Promise<{ rollups: number; backfill: string }> {
  const deps = appDeps();
  const rollups = await requestMarkedRollups(deps);
  const before = await readBackfill(deps);
  const after = before.state === 'running' ? await resumeBackfill(deps, 'catch-up') : before;
  return { rollups, backfill: after.state };
}
