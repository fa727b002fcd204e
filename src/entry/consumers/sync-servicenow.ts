import { z } from 'zod';
import { syncStep } from '../../app/servicenow/sync-step';
import { serviceNowDeps } from '../servicenow-deps';

const bodySchema = z.object({ runId: z.string().min(1), allowance: z.number().int().min(0).default(0) });

/**
 * Queue consumer: one step of a ServiceNow sync run (a few pages of each table not yet caught up).
 * A step that throws is delivered again by the platform and repeats from the last stored
 * watermark; one for a run that is no longer current does nothing.
 */
export async function syncServiceNow(event: { body?: unknown }): Promise<string> {
  const parsed = bodySchema.safeParse(event.body);
  if (!parsed.success) {
    console.warn('Ignored a ServiceNow sync step without a run id');
    return 'ignored';
  }
  return syncStep(serviceNowDeps(), parsed.data.runId, {
    allowance: parsed.data.allowance,
    delayInSeconds: 0,
  });
}
