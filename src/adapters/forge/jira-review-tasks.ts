import api, { route } from '@forge/api';
import { z } from 'zod';
import type { CreatedReviewTask, ReviewTasks } from '../../app/ports/review-tasks';
import { ensureOk, readJson } from './read-json';

const searchSchema = z.object({ issues: z.array(z.object({ key: z.string() })) });
const createdSchema = z.object({ id: z.string(), key: z.string() });
const refusalSchema = z.object({
  errorMessages: z.array(z.string()).optional(),
  errors: z.record(z.string(), z.string()).optional(),
});
const userSchema = z.object({ accountId: z.string(), active: z.boolean() });
const peopleSchema = z.array(z.object({ accountId: z.string(), displayName: z.string() }));
/** Jira serves at most 1,000 assignable users per page; a desk's people fit in one. */
const PEOPLE_PAGE = 1000;

const json = { headers: { Accept: 'application/json', 'Content-Type': 'application/json' } };

/**
 * Review tasks through Jira's REST API, as the app (a scheduled job has no user).
 *
 * Creation is `POST /rest/api/3/issue` (scope `write:jira-work`;
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-post):
 * 201 `{ id, key, self }`; 400 `{ errorMessages, errors }` naming the refused fields (an assignee
 * who cannot be assigned, a missing issue type); 401/403 without the scope or the Create issues
 * permission. A field refusal is returned so the caller can try again without the field; 429 and
 * 5xx are thrown as `JiraUnavailable`, anything else as `JiraRefused`.
 */
export class JiraReviewTasks implements ReviewTasks {
  async findByLabel(projectKey: string, label: string): Promise<string | null> {
    const jql = `project = "${projectKey.replace(/["\\]/g, '')}" AND labels = "${label.replace(/["\\]/g, '')}" ORDER BY key ASC`;
    const response = await api.asApp().requestJira(route`/rest/api/3/search/jql`, {
      ...json,
      method: 'POST',
      body: JSON.stringify({ jql, fields: ['summary'], maxResults: 1 }),
    });
    const page = searchSchema.parse(await readJson(response, `searching for review task ${label}`));
    return page.issues[0]?.key ?? null;
  }

  async create(fields: Record<string, unknown>): Promise<CreatedReviewTask> {
    const response = await api.asApp().requestJira(route`/rest/api/3/issue`, {
      ...json,
      method: 'POST',
      body: JSON.stringify({ fields }),
    });
    if (response.status === 400) {
      const body = refusalSchema.safeParse(await response.json().catch(() => ({})));
      const errors = body.success ? (body.data.errors ?? {}) : {};
      const [field] = Object.keys(errors);
      const message = field
        ? `${field}: ${errors[field]}`
        : (body.success ? body.data.errorMessages?.join(' ') : undefined) || 'Jira refused the review task.';
      return { ok: false, field: field ?? null, message };
    }
    await ensureOk(response, 'creating a review task');
    return { ok: true, key: createdSchema.parse(await response.json()).key };
  }

  /** `GET /rest/api/3/user/assignable/search` (scope `read:jira-user`), as the app. */
  async assignablePeople(projectKey: string): Promise<Array<{ accountId: string; displayName: string }>> {
    const response = await api
      .asApp()
      .requestJira(
        route`/rest/api/3/user/assignable/search?project=${projectKey}&maxResults=${PEOPLE_PAGE}`,
        json,
      );
    return peopleSchema
      .parse(await readJson(response, `listing the people of ${projectKey}`))
      .map(({ accountId, displayName }) => ({ accountId, displayName }));
  }

  async accountActive(accountId: string): Promise<boolean> {
    const response = await api.asApp().requestJira(route`/rest/api/3/user?accountId=${accountId}`, json);
    if (response.status === 404) return false;
    return userSchema.parse(await readJson(response, `reading user ${accountId}`)).active;
  }
}
