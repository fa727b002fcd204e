import { z } from 'zod';

/**
 * A resolution or reopen of a ticket, as read from one changelog of `avi:jira:updated:issue`.
 * `changelogId` makes it idempotent: the same changelog delivered again is the same event.
 */
export const resolutionEventSchema = z.object({
  kind: z.enum(['resolved', 'reopened']),
  issueId: z.string().min(1),
  issueKey: z.string().min(1),
  projectKey: z.string().min(1),
  changelogId: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
  by: z.string().nullable(),
  resolution: z.string().nullable(),
});

export type ResolutionEvent = z.infer<typeof resolutionEventSchema>;
