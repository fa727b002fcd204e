import { z } from 'zod';
import { jiraTime } from './jira-time';

/**
 * The parts of Jira Cloud REST v3 (and of the product events, which carry the same shapes) that
 * capture reads. Everything else is ignored, so Jira adding fields never breaks capture; a part
 * that is read but malformed is refused, since guessing would put wrong figures on a dashboard.
 *
 * Absent and `null` differ: an absent field was not in the payload (events carry a subset of
 * fields), `null` is Jira saying the field is empty (unassigned, no team).
 */

const id = z.union([z.string().min(1), z.number()]).transform(String);

export const jiraUserSchema = z.object({
  accountId: z.string().min(1),
  /** `atlassian` (a person with a licence), `app` (an app or automation), `customer` (a JSM customer). */
  accountType: z.string().optional(),
});

const named = z.object({ id: id.optional(), name: z.string() });

/** The JSM custom fields capture reads, by id; a site may number them differently. */
export interface JsmFieldIds {
  requestType: string;
  organizations: string;
  team: string;
}

export const DEFAULT_FIELD_IDS: JsmFieldIds = {
  requestType: 'customfield_10010',
  organizations: 'customfield_10002',
  team: 'customfield_10001',
};

export const requestTypeFieldSchema = z.object({ requestType: named.nullish() });
export const organizationsFieldSchema = z.array(z.object({ id: id.optional(), name: z.string() }));
export const teamFieldSchema = z.object({
  id: id.optional(),
  name: z.string().optional(),
  title: z.string().optional(),
});

export const issueFieldsSchema = z.object({
  created: jiraTime.nullish(),
  resolutiondate: jiraTime.nullish(),
  priority: named.nullish(),
  assignee: jiraUserSchema.nullish(),
  reporter: jiraUserSchema.nullish(),
  issuetype: named.nullish(),
  project: z.object({ key: z.string().min(1) }).nullish(),
});

export const issueSchema = z.object({
  id: id,
  key: z.string().min(1).optional(),
  fields: z.record(z.string(), z.unknown()).default({}),
});

export const changeItemSchema = z.object({
  fieldId: z.string().nullish(),
  field: z.string().nullish(),
  to: z.string().nullish(),
  toString: z.string().nullish(),
});
export type ChangeItem = z.infer<typeof changeItemSchema>;

export const historySchema = z.object({
  id: id.optional(),
  created: jiraTime,
  items: z.array(changeItemSchema),
});
export type JiraHistoryPart = z.infer<typeof historySchema>;

export const commentSchema = z.object({
  id: id.optional(),
  author: jiraUserSchema.nullish(),
  created: jiraTime,
  /** Absent outside JSM, where Jira documents the default as true. */
  jsdPublic: z.boolean().optional(),
  /** A comment restricted to a role or group is not visible to the customer. */
  visibility: z.object({ type: z.string().optional(), value: z.string().optional() }).nullish(),
});
export type JiraCommentPart = z.infer<typeof commentSchema>;

export const worklogSchema = z.object({
  id: id,
  timeSpentSeconds: z.number().nonnegative(),
  updated: jiraTime.optional(),
  created: jiraTime.optional(),
});
export type JiraWorklogPart = z.infer<typeof worklogSchema>;

/** The first issue of a failed parse as one line naming the field. */
export function reasonOf(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  if (!issue) return `${prefix}invalid`;
  const path = [prefix.replace(/\.$/, ''), ...issue.path.map(String)].filter(Boolean).join('.');
  return `${path ? `${path}: ` : ''}${issue.message}`;
}
