import { z } from 'zod';

/**
 * Issue links as Jira REST v3 serves them in `fields.issuelinks`: each names its link type
 * (`name`, `inward`, `outward`; https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-link-types/)
 * and the issue on the other end as `inwardIssue` or `outwardIssue`. JSM links the customer
 * requests an incident caused with the "Causes" type (the request "is caused by" the incident);
 * sites that link them as "Relates" name that type in the settings.
 */
const linkedIssue = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  key: z.string().optional(),
});
const issueLinkSchema = z.object({
  type: z.object({ name: z.string(), inward: z.string().optional(), outward: z.string().optional() }),
  inwardIssue: linkedIssue.optional(),
  outwardIssue: linkedIssue.optional(),
});
const issueLinksSchema = z.array(issueLinkSchema).nullish();

export const DEFAULT_INCIDENT_LINK_TYPES: readonly string[] = ['Causes'];

export type LinkedIssuesResult =
  { ok: true; issues: Array<{ id: string; key?: string }> } | { ok: false; reason: string };

/**
 * The issues linked to this one by one of `linkTypes` (names compared without case), each once.
 *
 * Invalid input: links of the wrong shape are refused, naming the field.
 */
export function incidentLinkedIssues(issueLinks: unknown, linkTypes: readonly string[]): LinkedIssuesResult {
  const parsed = issueLinksSchema.safeParse(issueLinks);
  if (!parsed.success) return { ok: false, reason: 'fields.issuelinks: expected Jira issue links' };
  const wanted = new Set(linkTypes.map((name) => name.toLowerCase()));
  const byId = new Map<string, { id: string; key?: string }>();
  for (const link of parsed.data ?? []) {
    if (!wanted.has(link.type.name.toLowerCase())) continue;
    const other = link.outwardIssue ?? link.inwardIssue;
    if (other !== undefined && !byId.has(other.id)) byId.set(other.id, other);
  }
  return { ok: true, issues: [...byId.values()] };
}
