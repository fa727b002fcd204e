import type { APIResponse } from '@forge/api';
import { AppError } from '../../app/errors';

/**
 * The JSON body of a successful product response. Rate limits and server errors become an
 * UNAVAILABLE error the UI can show ("try again"), other failures an unexpected error.
 */
export async function readJson(response: APIResponse, what: string): Promise<unknown> {
  if (response.ok) return response.json();
  if (response.status === 429 || response.status >= 500) {
    throw new AppError('UNAVAILABLE', `Jira is busy (HTTP ${response.status}) reading ${what}; try again shortly.`);
  }
  throw new Error(`Jira answered HTTP ${response.status} reading ${what}: ${await response.text()}`);
}
