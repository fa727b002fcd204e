import { InvocationError, InvocationErrorCode } from '@forge/events';
import { handleResolutionChange, type ResolutionOutcome } from '../../app/survey/handle-resolution-change';
import { JiraUnavailable } from '../../app/errors';
import { detectResolutionChange } from '../../domain/resolution/changelog';
import { appDeps } from '../deps';
import { issueUpdatedEventSchema, toIssueChange } from './issue-updated-event';

/**
 * `avi:jira:updated:issue`: the manifest's filter lets only resolution changes through. A payload
 * that does not parse is logged and dropped (retrying would not change it). The resolution is
 * stored from the event before Jira is asked anything; when Jira is busy after that, the platform
 * is asked to deliver the event again after its `Retry-After` to finish the read. Forge retries at
 * most four times (https://developer.atlassian.com/platform/forge/events-reference/product_events/),
 * so a longer outage is finished by the sweeper and the hourly reconciliation instead. Storage
 * failures throw, so the invocation is recorded as failed.
 */
export async function onIssueUpdated(
  payload: unknown,
): Promise<ResolutionOutcome | 'ignored' | InvocationError> {
  const parsed = issueUpdatedEventSchema.safeParse(payload);
  if (!parsed.success) {
    console.warn('Ignored an issue update that does not have the expected shape:', parsed.error.message);
    return 'ignored';
  }
  const event = detectResolutionChange(toIssueChange(parsed.data, new Date()));
  if (!event) return 'ignored';
  try {
    return await handleResolutionChange(appDeps(), event, {
      reporter: parsed.data.issue.fields.reporter?.accountId ?? null,
    });
  } catch (error) {
    if (!(error instanceof JiraUnavailable)) throw error;
    return new InvocationError({
      retryAfter: Math.min(900, error.retryAfterSeconds ?? 60),
      retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST,
    });
  }
}
