import { z } from 'zod';
import type { EpochMs } from '../records/instant';
import type { ObservationResult } from './comment-observation';
import { observationFromIssue, type IssueReading } from './issue-observation';
import { changeItemSchema, reasonOf, type ChangeItem } from './jira-shapes';
import { jiraTime } from './jira-time';
import { sortedUnique, type TicketObservation } from './observation';

/**
 * `set` when a change item gives the ticket a resolution, `cleared` when it takes it away,
 * `null` when the item is about another field. Jira has no "resolved" event: the resolution
 * field in the changelog is the only reliable sign (platform-notes.md, "Events").
 */
export function resolutionChange(item: ChangeItem): 'set' | 'cleared' | null {
  const field = item.fieldId ?? item.field;
  if (field !== 'resolution') return null;
  return item.to !== null && item.to !== undefined && item.to !== '' ? 'set' : 'cleared';
}

/** Adds the resolution changes of one changelog, made at `at`, to an observation (a new one). */
export function withResolutionChanges(
  observation: TicketObservation,
  items: readonly ChangeItem[],
  at: EpochMs,
): TicketObservation {
  const changes = items.map(resolutionChange);
  return {
    ...observation,
    resolutionsAt: changes.includes('set')
      ? sortedUnique([...observation.resolutionsAt, at])
      : observation.resolutionsAt,
    reopenedAt: changes.includes('cleared')
      ? sortedUnique([...observation.reopenedAt, at])
      : observation.reopenedAt,
  };
}

/** The parts of `avi:jira:updated:issue` read here beyond the issue itself. */
export const updatedEventSchema = z.object({
  issue: z.unknown(),
  timestamp: jiraTime.optional(),
  changelog: z.object({ items: z.array(changeItemSchema) }),
});

/**
 * What one `avi:jira:updated:issue` tells: a resolution set or cleared at the event's moment,
 * and the attribution its issue fields carry as of that moment (see `observationFromIssue`).
 * The moment is the event's `timestamp`, or `receivedAt` when the payload has none.
 *
 * Empty and invalid input: a payload without an issue id or changelog is refused; a changelog
 * that touches neither the resolution nor an attributed field gives an observation that says nothing
 * new. Redelivery is harmless: the same change merges into the same moment.
 */
export function observationFromChangelog(
  event: unknown,
  options: IssueReading & { receivedAt: EpochMs },
): ObservationResult {
  const parsed = updatedEventSchema.safeParse(event);
  if (!parsed.success) return { ok: false, reason: reasonOf(parsed.error) };
  const at = parsed.data.timestamp ?? options.receivedAt;
  const fromIssue = observationFromIssue(parsed.data.issue, { ...options, observedAt: at });
  if (!fromIssue.ok) return fromIssue;
  return {
    ok: true,
    observation: withResolutionChanges(fromIssue.observation, parsed.data.changelog.items, at),
  };
}
