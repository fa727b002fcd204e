import type { APIResponse } from '@forge/api';
import { JiraUnavailable } from '../../app/errors';

/**
 * Checks a product response: rate limits and server errors become `JiraUnavailable` (with
 * `Retry-After` when Jira sent one), so callers can retry later; other failures are unexpected.
 */
export async function ensureOk(response: APIResponse, what: string): Promise<APIResponse> {
  if (response.ok) return response;
  if (response.status === 429 || response.status >= 500) {
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new JiraUnavailable(
      response.status,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
      what,
    );
  }
  throw new Error(`Jira answered HTTP ${response.status} ${what}: ${await response.text()}`);
}

export async function readJson(response: APIResponse, what: string): Promise<unknown> {
  return (await ensureOk(response, what)).json();
}
