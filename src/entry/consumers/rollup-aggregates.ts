import { z } from 'zod';
import { rollupDay, rollupSiteDay } from '../../app/aggregates/rollup-day';
import { appDeps } from '../deps';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const bodySchema = z.union([
  z.object({ projectKey: z.string().min(1), day }),
  z.object({ site: z.literal(true), day }),
]);

/**
 * Queue consumer: rebuilds one project day's aggregates, or the site-wide values of a day (one
 * at a time per month, by the queue's concurrency key).
 */
export async function rollupAggregates(event: { body?: unknown }): Promise<void> {
  const parsed = bodySchema.safeParse(event.body);
  if (!parsed.success) {
    console.warn('Ignored a rollup request without a project (or site) and day:', parsed.error.message);
    return;
  }
  const body = parsed.data;
  if ('site' in body) await rollupSiteDay(appDeps(), body.day);
  else await rollupDay(appDeps(), body.projectKey, body.day);
}
