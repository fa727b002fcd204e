import api, { route } from '@forge/api';
import { z } from 'zod';
import type { RecentResolutions, ResolvedRequest } from '../../app/ports/recent-resolutions';
import { parseJiraTime } from '../../domain/capture/jira-time';
import { readJson } from './read-json';
import { listServiceDesks } from './service-desks';

/** Only these fields: the comparison needs nothing else, and a small page is a fast page. */
const FIELDS = ['project', 'reporter', 'resolutiondate'];
/** Jira's enhanced search serves at most 100 issues with fields per page. */
const PAGE = 100;

const pageSchema = z.object({
  issues: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      fields: z.object({
        project: z.object({ key: z.string() }),
        reporter: z.object({ accountId: z.string() }).nullish(),
        resolutiondate: z.string().nullish(),
      }),
    }),
  ),
  nextPageToken: z.string().optional(),
});

/** A project key as a JQL string: keys are letters, digits and underscores, quoted all the same. */
const quoted = (key: string) => `"${key.replace(/["\\]/g, '')}"`;

/**
 * Recently resolved requests, through Jira's enhanced JQL search (`POST /rest/api/3/search/jql`,
 * scope `read:jira-work`), as the app. The window is a relative date (`resolved >= -90m`): Jira
 * reads absolute dates in the searching user's time zone, relative ones mean the same everywhere.
 */
export class JiraRecentResolutions implements RecentResolutions {
  async serviceDeskProjects(): Promise<string[]> {
    return (await listServiceDesks()).map((desk) => desk.projectKey);
  }

  async resolvedWithin(projectKeys: readonly string[], minutes: number, nextPageToken: string | null) {
    const jql = `project in (${projectKeys.map(quoted).join(', ')}) AND resolved >= -${Math.max(1, Math.ceil(minutes))}m ORDER BY resolved ASC`;
    const response = await api.asApp().requestJira(route`/rest/api/3/search/jql`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        jql,
        fields: FIELDS,
        maxResults: PAGE,
        ...(nextPageToken ? { nextPageToken } : {}),
      }),
    });
    const page = pageSchema.parse(await readJson(response, 'searching recently resolved requests'));
    const requests = page.issues.flatMap((issue): ResolvedRequest[] => {
      const resolvedAt = parseJiraTime(issue.fields.resolutiondate);
      if (resolvedAt === null) return []; // reopened between the index and the read
      return [
        {
          issueId: issue.id,
          issueKey: issue.key,
          projectKey: issue.fields.project.key,
          reporter: issue.fields.reporter?.accountId ?? null,
          resolvedAt: new Date(resolvedAt).toISOString(),
        },
      ];
    });
    return { requests, ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}) };
  }
}
