import api, { route } from '@forge/api';
import { z } from 'zod';
import type { UserDirectory } from '../../app/ingest/ports';

const usersSchema = z.array(
  z
    .object({ accountId: z.string(), emailAddress: z.string().optional(), active: z.boolean().optional() })
    .passthrough(),
);

/**
 * People named by email in ingested records, found with Jira's user search as the app
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-search-get,
 * scope `read:jira-user`). Only an exact email match counts; when Jira hides emails, a search
 * that finds exactly one active person is taken as that person.
 */
export class JiraUserDirectory implements UserDirectory {
  async accountIdOf(email: string): Promise<string | null> {
    const response = await api
      .asApp()
      .requestJira(route`/rest/api/3/user/search?query=${email}&maxResults=10`, {
        headers: { Accept: 'application/json' },
      });
    if (!response.ok) throw new Error(`Jira's user search answered HTTP ${response.status}.`);
    const users = usersSchema.parse(await response.json()).filter((user) => user.active !== false);
    const exact = users.filter((user) => user.emailAddress?.toLowerCase() === email.toLowerCase());
    if (exact.length === 1) return exact[0]!.accountId;
    const unknownEmails = users.every((user) => !user.emailAddress);
    return unknownEmails && users.length === 1 ? users[0]!.accountId : null;
  }
}
