import { z } from 'zod';
import type { Dimensions } from './dimensions';

/**
 * JSM's Request Type (customfield_10010), Organizations (customfield_10002) and Team
 * (customfield_10001) fields, at the ids Cloud sites give them.
 */
export const DIMENSION_FIELDS = 'assignee,priority,customfield_10010,customfield_10002,customfield_10001';

const named = z.object({ id: z.string(), name: z.string() });
const issueSchema = z.object({
  fields: z.object({
    assignee: z.object({ accountId: z.string(), displayName: z.string() }).nullish(),
    priority: z.object({ name: z.string() }).nullish(),
    customfield_10010: z.object({ requestType: named.nullish() }).nullish(),
    customfield_10002: z.array(named).nullish(),
    customfield_10001: z
      .object({ id: z.string(), name: z.string().nullish(), title: z.string().nullish() })
      .nullish(),
  }),
});

/**
 * Who and what a Jira issue (REST v3 shape) is attributed to. A field Jira leaves empty, or that
 * this site does not have, is "none".
 *
 * Invalid input: an issue whose fields are of another shape gives no attribution at all.
 */
export function dimensionsFromIssue(issue: unknown): Dimensions {
  const parsed = issueSchema.safeParse(issue);
  if (!parsed.success)
    return { agent: null, team: null, requestType: null, priority: null, organization: null };
  const f = parsed.data.fields;
  const requestType = f.customfield_10010?.requestType;
  const organization = f.customfield_10002?.[0];
  const team = f.customfield_10001;
  const teamName = team?.name ?? team?.title;
  return {
    agent: f.assignee ? { id: f.assignee.accountId, name: f.assignee.displayName } : null,
    team: team && teamName ? { id: team.id, name: teamName } : null,
    requestType: requestType ? { id: requestType.id, name: requestType.name } : null,
    priority: f.priority ? { id: f.priority.name, name: f.priority.name } : null,
    organization: organization ? { id: organization.id, name: organization.name } : null,
  };
}
