import { z } from 'zod';
import { rollupDay } from '../../app/aggregates/rollup-day';
import { appDeps } from '../deps';

const bodySchema = z.object({ projectKey: z.string().min(1), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

/** Queue consumer: rebuilds one project day's aggregates (one at a time per day, by the queue's concurrency key). */
export async function rollupAggregates(event: { body?: unknown }): Promise<void> {
  const parsed = bodySchema.safeParse(event.body);
  if (!parsed.success) {
    console.warn('Ignored a rollup request without a project and day:', parsed.error.message);
    return;
  }
  await rollupDay(appDeps(), parsed.data.projectKey, parsed.data.day);
}
