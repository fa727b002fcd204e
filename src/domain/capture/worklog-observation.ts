import { z } from 'zod';
import type { EpochMs } from '../records/instant';
import type { ObservationResult } from './comment-observation';
import { reasonOf, worklogSchema, type JiraWorklogPart } from './jira-shapes';
import { jiraTime } from './jira-time';
import { emptyObservation, type TicketObservation } from './observation';

/**
 * One worklog as an entry of the ticket's handle time, versioned by its `updated` time (else
 * `created`, else `fallbackAt`), so a later edit replaces an earlier one whatever order they come in.
 */
export function worklogEntry(worklog: JiraWorklogPart, fallbackAt: EpochMs) {
  return { seconds: worklog.timeSpentSeconds, at: worklog.updated ?? worklog.created ?? fallbackAt };
}

/** The parts of `avi:jira:created|updated|deleted:worklog` read here. */
export const worklogEventSchema = z.object({
  eventType: z.string().optional(),
  timestamp: jiraTime.optional(),
  worklog: worklogSchema.extend({ issueId: z.union([z.string().min(1), z.number()]).transform(String) }),
});

/**
 * What one worklog event tells: the worklog's time, or for `avi:jira:deleted:worklog` that it
 * no longer counts (a zero entry dated after its last version, so a late copy of the worklog
 * cannot bring it back). The moment of a deletion is the event's `timestamp`, else `receivedAt`.
 *
 * Empty and invalid input: a payload without a worklog id, issue id or `timeSpentSeconds` is refused.
 */
export function observationFromWorklog(event: unknown, options: { receivedAt: EpochMs }): ObservationResult {
  const parsed = worklogEventSchema.safeParse(event);
  if (!parsed.success) return { ok: false, reason: reasonOf(parsed.error) };
  const { worklog, eventType, timestamp } = parsed.data;
  const at = timestamp ?? options.receivedAt;
  const observation: TicketObservation = emptyObservation(worklog.issueId);
  const entry = worklogEntry(worklog, at);
  observation.worklogs[worklog.id] =
    eventType === 'avi:jira:deleted:worklog' ? { seconds: 0, at: Math.max(at, entry.at + 1) } : entry;
  return { ok: true, observation };
}
