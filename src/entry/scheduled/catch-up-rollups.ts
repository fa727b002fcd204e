import { requestMarkedRollups } from '../../app/aggregates/rollup-day';
import { appDeps } from '../deps';

/** Hourly: days whose rebuild request was lost (or failed) still carry a marker; ask again. */
export async function catchUpRollups(): Promise<number> {
  return requestMarkedRollups(appDeps());
}
