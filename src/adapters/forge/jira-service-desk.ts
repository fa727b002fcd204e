import api, { route } from '@forge/api';
import { z } from 'zod';
import type { PortalRequest, ServiceDesk } from '../../app/ports/service-desk';
import { readJson } from './read-json';

// Only the fields the app uses are parsed; Jira's answers carry many more, which are ignored.
const requestSchema = z.object({
  issueKey: z.string(),
  reporter: z.object({ accountId: z.string() }),
  currentStatus: z.object({
    status: z.string(),
    statusCategory: z.string(),
    statusDate: z.object({ iso8601: z.string() }).optional(),
  }),
});

const participantPageSchema = z.object({
  values: z.array(z.object({ accountId: z.string() })),
  isLastPage: z.boolean(),
  size: z.number(),
});

const projectPageSchema = z.object({
  values: z.array(z.object({ key: z.string(), name: z.string() })),
  isLast: z.boolean(),
  maxResults: z.number(),
});

/**
 * The service desk port over JSM's and Jira's REST APIs. Reads that authorize a customer are made
 * as the app, because the app itself checks who may see what; project lists are read as the user
 * so Jira's own permissions decide.
 */
export class JiraServiceDesk implements ServiceDesk {
  async getRequest(key: string): Promise<PortalRequest | null> {
    const response = await api.asApp().requestJira(route`/rest/servicedeskapi/request/${key}`, {
      headers: { Accept: 'application/json' },
    });
    if (response.status === 404) return null;
    const request = requestSchema.parse(await readJson(response, `request ${key}`));
    const done = request.currentStatus.statusCategory.toUpperCase() === 'DONE';
    return {
      key: request.issueKey,
      status: request.currentStatus.status,
      statusCategory: request.currentStatus.statusCategory.toLowerCase(),
      reporterAccountId: request.reporter.accountId,
      resolvedAt: done ? (request.currentStatus.statusDate?.iso8601 ?? null) : null,
    };
  }

  async participantsOf(key: string): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; ; ) {
      const response = await api
        .asApp()
        .requestJira(route`/rest/servicedeskapi/request/${key}/participant?start=${start}&limit=50`, {
          headers: { Accept: 'application/json' },
        });
      const page = participantPageSchema.parse(await readJson(response, `participants of ${key}`));
      ids.push(...page.values.map((participant) => participant.accountId));
      if (page.isLastPage || page.size === 0) return ids;
      start += page.size;
    }
  }

  async projectsVisibleTo(accountId: string): Promise<Array<{ key: string; name: string }>> {
    const projects: Array<{ key: string; name: string }> = [];
    for (let startAt = 0; ; ) {
      const response = await api
        .asUser(accountId)
        .requestJira(route`/rest/api/3/project/search?startAt=${startAt}&maxResults=50&orderBy=key`, {
          headers: { Accept: 'application/json' },
        });
      const page = projectPageSchema.parse(await readJson(response, 'project search'));
      projects.push(...page.values.map(({ key, name }) => ({ key, name })));
      if (page.isLast || page.values.length === 0) return projects;
      startAt += page.values.length;
    }
  }
}
