import { InvocationError, InvocationErrorCode } from '@forge/events';
import { z } from 'zod';
import { backfillPage } from '../../app/backfill/backfill-page';
import { JiraUnavailable } from '../../app/errors';
import { appDeps } from '../deps';

/**
 * `allowance`: the pushes the chain's invocation tree may still make (app/queue-chain.ts). A
 * request without one (asked for before chains counted) spends nothing: its page is imported,
 * and the scheduled catch-up starts a new chain.
 */
const bodySchema = z.object({ runId: z.string().min(1), allowance: z.number().int().min(0).default(0) });

/**
 * Queue consumer: imports one page of the history. When Jira rate-limits or fails, the platform
 * is asked to deliver the page again after `Retry-After`; the page is then merged again, which
 * changes nothing already imported.
 */
export async function importHistory(event: { body?: unknown }): Promise<string | InvocationError> {
  const parsed = bodySchema.safeParse(event.body);
  if (!parsed.success) {
    console.warn('Ignored a history page request without a run id');
    return 'ignored';
  }
  try {
    return await backfillPage(appDeps(), parsed.data.runId, parsed.data.allowance);
  } catch (error) {
    if (!(error instanceof JiraUnavailable)) throw error;
    return new InvocationError({
      retryAfter: Math.min(900, error.retryAfterSeconds ?? 60),
      retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED,
    });
  }
}
