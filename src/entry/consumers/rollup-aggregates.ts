import { z } from 'zod';
import { rollupDays, rollupSiteDays } from '../../app/aggregates/rollup-day';
import { appDeps } from '../deps';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const days = z.array(day).min(1).max(31);
const bodySchema = z.union([
  z.object({ projectKey: z.string().min(1), days }),
  z.object({ site: z.literal(true), days }),
  // A single day: how requests were asked for before they came a month at a time.
  z
    .object({ projectKey: z.string().min(1), day })
    .transform(({ projectKey, day }) => ({ projectKey, days: [day] })),
  z.object({ site: z.literal(true), day }).transform(({ day }) => ({ site: true as const, days: [day] })),
]);

/**
 * Queue consumer: rebuilds days of one project month, or the site-wide values of days of one
 * month (one at a time per month, by the queue's concurrency key).
 */
export async function rollupAggregates(event: { body?: unknown }): Promise<void> {
  const parsed = bodySchema.safeParse(event.body);
  if (!parsed.success) {
    console.warn('Ignored a rollup request without a project (or site) and days:', parsed.error.message);
    return;
  }
  const body = parsed.data;
  if ('site' in body) await rollupSiteDays(appDeps(), body.days);
  else await rollupDays(appDeps(), body.projectKey, body.days);
}
