import { z } from 'zod';
import type { IssueChange } from '../../domain/resolution/changelog';

/**
 * The parts of `avi:jira:updated:issue` the app reads. Everything else in the payload is ignored,
 * so Jira adding fields never breaks the trigger.
 */
export const issueUpdatedEventSchema = z.object({
  issue: z.object({
    id: z.string(),
    key: z.string(),
    fields: z.object({
      project: z.object({ key: z.string() }),
      reporter: z.object({ accountId: z.string() }).nullish(),
    }),
  }),
  atlassianId: z.string().optional(),
  timestamp: z.union([z.number(), z.string()]).optional(),
  changelog: z.object({
    id: z.union([z.string(), z.number()]).transform(String),
    items: z.array(
      z.object({
        fieldId: z.string().nullish(),
        field: z.string().nullish(),
        to: z.string().nullish(),
        toString: z.string().nullish(),
      }),
    ),
  }),
});

export type IssueUpdatedEvent = z.infer<typeof issueUpdatedEventSchema>;

/** The event's moment: its timestamp when present, otherwise the moment it was handled. */
export function toIssueChange(event: IssueUpdatedEvent, receivedAt: Date): IssueChange {
  const at = event.timestamp === undefined ? receivedAt : new Date(event.timestamp);
  return {
    issueId: event.issue.id,
    issueKey: event.issue.key,
    projectKey: event.issue.fields.project.key,
    changelogId: event.changelog.id,
    items: event.changelog.items,
    actorAccountId: event.atlassianId ?? null,
    at: at.toISOString(),
  };
}
