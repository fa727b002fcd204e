import api, { route } from '@forge/api';
import { z } from 'zod';
import type { IssueHistory } from '../../app/ports/backfill-run';
import { DIMENSION_FIELDS } from '../../domain/facts/dimensions-from-issue';
import { withWholeLists } from './issue-parts';
import { appAccountId, withoutComments } from './own-comments';
import { readJson } from './read-json';
import { listServiceDesks } from './service-desks';

const json = { Accept: 'application/json', 'Content-Type': 'application/json' };
/** Everything the capture reads of an issue, in one search. */
const FIELDS = [
  ...DIMENSION_FIELDS.split(','),
  'project',
  'created',
  'reporter',
  'issuetype',
  'resolutiondate',
  'comment',
  'worklog',
];
/** Pages of 50 keep one page's work (a rating read and two storage calls per request) well inside a consumer's time. */
const PAGE = 50;

/** The backfill's reads, over Jira's enhanced search and JSM's request API, as the app. */
export class JiraIssueHistory implements IssueHistory {
  async serviceDeskProjects(): Promise<string[]> {
    return (await listServiceDesks()).map((desk) => desk.projectKey);
  }

  async countIssues(jql: string): Promise<number> {
    const response = await api.asApp().requestJira(route`/rest/api/3/search/approximate-count`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ jql }),
    });
    return z.object({ count: z.number() }).parse(await readJson(response, 'counting requests')).count;
  }

  async searchIssues(jql: string, nextPageToken: string | null) {
    const response = await api.asApp().requestJira(route`/rest/api/3/search/jql`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        jql,
        fields: FIELDS,
        expand: 'changelog',
        maxResults: PAGE,
        ...(nextPageToken ? { nextPageToken } : {}),
      }),
    });
    const page = z
      .object({ issues: z.array(z.unknown()), nextPageToken: z.string().optional() })
      .parse(await readJson(response, 'searching requests'));
    const own = await appAccountId();
    // One issue at a time: most need nothing more, and a long one needs a few reads of its own.
    const issues: unknown[] = [];
    for (const issue of page.issues) issues.push(withoutComments(await withWholeLists(issue), own));
    return { issues, nextPageToken: page.nextPageToken };
  }

  async feedbackOf(key: string): Promise<unknown | null> {
    const response = await api.asApp().requestJira(route`/rest/servicedeskapi/request/${key}/feedback`, {
      // Feedback is an experimental JSM operation: without this header JSM answers 412.
      headers: { ...json, 'X-ExperimentalApi': 'opt-in' },
    });
    // Any refusal of this one read (404: no rating given, 403, 412, …) means no rating for this
    // ticket; the rest of the ticket and of the page are still imported. Rate limits and outages
    // are not refusals: `readJson` turns them into `JiraUnavailable`, and the page is retried.
    if (response.status >= 400 && response.status < 500 && response.status !== 429) {
      if (response.status !== 404) {
        console.warn(`${key}: JSM rating not readable (HTTP ${response.status}); imported without it`);
      }
      return null;
    }
    return readJson(response, `reading the rating of ${key}`);
  }
}
