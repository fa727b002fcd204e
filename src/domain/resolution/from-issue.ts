import { z } from 'zod';
import { jiraUserSchema } from '../capture/jira-shapes';
import { jiraTime } from '../capture/jira-time';
import { detectResolutionChange } from './changelog';
import type { ResolutionEvent } from './events';
import { latestChange } from './latest-change';

const id = z.union([z.string().min(1), z.number()]).transform(String);

const issueSchema = z.object({
  id,
  key: z.string().min(1),
  changelog: z.object({ histories: z.array(z.unknown()) }).nullish(),
});

// Own properties only: an item without `toString` would otherwise read Object.prototype's.
const itemSchema = z.preprocess(
  (item) => (typeof item === 'object' && item !== null ? { ...item } : item),
  z.object({
    fieldId: z.string().nullish(),
    field: z.string().nullish(),
    to: z.string().nullish(),
    toString: z.unknown().transform((text) => (typeof text === 'string' ? text : null)),
  }),
);
const historySchema = z.object({
  id,
  created: jiraTime,
  author: jiraUserSchema.nullish(),
  items: z.array(itemSchema),
});

/**
 * The latest change of the resolution in a Jira issue's changelog (REST v3, `expand=changelog`),
 * as the resolution trigger would have read it from its event: the same changelog id, moment and
 * actor, so an event that does arrive later is recognised as the same change. `null` when the
 * changelog shows no resolution change, or the issue is not of the expected shape; a history of
 * another shape is passed over. The project comes from the caller: an issue read for its
 * changelog need not carry its fields.
 *
 * @example latestResolutionChange(issueResolvedThenReopened, 'SD')?.kind //=> 'reopened'
 */
export function latestResolutionChange(issue: unknown, projectKey: string): ResolutionEvent | null {
  const parsed = issueSchema.safeParse(issue);
  if (!parsed.success) return null;
  const { id: issueId, key, changelog } = parsed.data;
  const changes = (changelog?.histories ?? []).flatMap((entry) => {
    // A history of another shape cannot be a resolution change the app understands: skipped.
    const parsed = historySchema.safeParse(entry);
    if (!parsed.success) return [];
    const history = parsed.data;
    const event = detectResolutionChange({
      issueId,
      issueKey: key,
      projectKey,
      changelogId: history.id,
      items: history.items,
      actorAccountId: history.author?.accountId ?? null,
      at: new Date(history.created).toISOString(),
    });
    return event ? [event] : [];
  });
  return latestChange(changes);
}
