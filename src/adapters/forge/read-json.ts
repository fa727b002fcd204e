import type { APIResponse } from '@forge/api';
import { JiraRefused, JiraUnavailable } from '../../app/errors';

/**
 * Checks a product response: rate limits and server errors become `JiraUnavailable` (with
 * `Retry-After` when Jira sent one), so callers can retry later; any other failure is
 * `JiraRefused`, with Jira's own reason, since asking again would get the same answer.
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
  throw new JiraRefused(response.status, reasonOf(await response.text()), what);
}

/**
 * Jira's error body (`{ errorMessages, errors }`) or JSM's (`{ errorMessage }`) as one line;
 * other bodies as they are, bounded.
 */
function reasonOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errorMessages?: unknown; errors?: unknown; errorMessage?: unknown };
    const messages = [
      parsed.errorMessage,
      ...(Array.isArray(parsed.errorMessages) ? parsed.errorMessages : []),
      ...(parsed.errors && typeof parsed.errors === 'object' ? Object.values(parsed.errors) : []),
    ].filter((message): message is string => typeof message === 'string' && message !== '');
    if (messages.length > 0) return messages.join(' ').slice(0, 500);
  } catch {
    // not JSON: the text itself is the reason
  }
  return body.trim().slice(0, 500) || 'no reason given';
}

export async function readJson(response: APIResponse, what: string): Promise<unknown> {
  return (await ensureOk(response, what)).json();
}
