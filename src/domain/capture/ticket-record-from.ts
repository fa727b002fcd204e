import { z } from 'zod';
import type { EpochMs } from '../records/instant';
import type { TicketInput } from '../records/ticket';
import { withResolutionChanges } from './changelog-observation';
import { commentObservation } from './comment-observation';
import { commentRole } from './comment-role';
import { observationFromIssue, type IssueReading } from './issue-observation';
import { commentSchema, historySchema, issueFieldsSchema, reasonOf, worklogSchema } from './jira-shapes';
import { worklogEntry } from './worklog-observation';
import { mergeTicketObservations } from './merge-observations';
import type { TicketObservation } from './observation';
import { ticketRecordOf } from './ticket-record-of';

/** How an issue read from Jira becomes a ticket record. */
export interface CaptureOptions extends IssueReading {
  /** When the issue was read: its attribution is as of this moment. */
  observedAt: EpochMs;
  /** Accounts whose comments count as automation though Jira lists them as people. */
  automationAccountIds?: readonly string[];
  /** Participants of the request: their public comments are customer contact, like the reporter's. */
  participantIds?: readonly string[];
}

/**
 * The full lists when they were fetched apart (`/changelog`, `/comment`, `/worklog` are paged);
 * otherwise the copies embedded in the issue (`expand=changelog`, `fields.comment`,
 * `fields.worklog`) are read, which Jira may have cut short.
 */
export interface IssueParts {
  histories?: readonly unknown[];
  comments?: readonly unknown[];
  worklogs?: readonly unknown[];
}

export type CapturedObservation =
  { ok: true; observation: TicketObservation; skipped: string[] } | { ok: false; reason: string };

export type CapturedTicket =
  | { ok: true; record: TicketInput; observation: TicketObservation; skipped: string[] }
  | { ok: false; reason: string };

const embeddedSchema = z.object({
  changelog: z.object({ histories: z.array(z.unknown()) }).nullish(),
  fields: z
    .object({
      comment: z.object({ comments: z.array(z.unknown()) }).nullish(),
      worklog: z.object({ worklogs: z.array(z.unknown()) }).nullish(),
    })
    .nullish(),
});

/**
 * Everything one REST v3 issue, its changelog, comments and worklogs say about the ticket, as an
 * observation to merge with what live events saw (`mergeTicketObservations`).
 *
 * The resolution history comes from the changelog; `resolutiondate` (the latest resolution) is
 * used only when the changelog has no resolution at all.
 *
 * Empty and invalid input: an issue without `fields.created`, or with a read field of the wrong
 * shape, is refused; a history, comment or worklog that cannot be read is left out and named in
 * `skipped`, never dropped silently.
 */
export function observationFromRestIssue(
  issue: unknown,
  options: CaptureOptions,
  parts: IssueParts = {},
): CapturedObservation {
  const fromIssue = observationFromIssue(issue, options);
  if (!fromIssue.ok) return fromIssue;
  let observation = fromIssue.observation;
  if (observation.createdAt === undefined) return { ok: false, reason: 'fields.created: missing' };
  const embedded = embeddedSchema.safeParse(issue);
  const copies = embedded.success ? embedded.data : {};
  const skipped: string[] = [];

  const histories = parts.histories ?? copies.changelog?.histories ?? [];
  histories.forEach((raw, index) => {
    const history = historySchema.safeParse(raw);
    if (!history.success) skipped.push(reasonOf(history.error, `histories.${index}.`));
    else observation = withResolutionChanges(observation, history.data.items, history.data.created);
  });
  if (observation.resolutionsAt.length === 0) {
    const resolved = z.object({ fields: issueFieldsSchema.pick({ resolutiondate: true }) }).safeParse(issue);
    const at = resolved.success ? resolved.data.fields.resolutiondate : undefined;
    if (at !== undefined && at !== null) observation = { ...observation, resolutionsAt: [at] };
  }

  const context = {
    reporter: observation.attribution.reporter?.value ?? null,
    participantIds: options.participantIds,
    automationAccountIds: options.automationAccountIds,
  };
  (parts.comments ?? copies.fields?.comment?.comments ?? []).forEach((raw, index) => {
    const comment = commentSchema.safeParse(raw);
    if (!comment.success) skipped.push(reasonOf(comment.error, `comments.${index}.`));
    else
      observation = mergeTicketObservations(
        observation,
        commentObservation(observation.id, commentRole(comment.data, context)),
      );
  });

  const worklogs = { ...observation.worklogs };
  (parts.worklogs ?? copies.fields?.worklog?.worklogs ?? []).forEach((raw, index) => {
    const worklog = worklogSchema.safeParse(raw);
    if (!worklog.success) skipped.push(reasonOf(worklog.error, `worklogs.${index}.`));
    else worklogs[worklog.data.id] = worklogEntry(worklog.data, options.observedAt);
  });
  return { ok: true, observation: { ...observation, worklogs }, skipped };
}

/**
 * The canonical `ticket` record (metrics.md) of a Jira issue as REST v3 returns it, with its
 * changelog, comments and worklogs (see `observationFromRestIssue` and `ticketRecordOf` for the
 * rules). The observation comes along so a backfill can store it and merge it with live events.
 *
 * Empty and invalid input: an issue without `fields.created` is refused (`{ ok: false }`), never thrown.
 */
export function ticketRecordFrom(
  issue: unknown,
  options: CaptureOptions,
  parts: IssueParts = {},
): CapturedTicket {
  const captured = observationFromRestIssue(issue, options, parts);
  if (!captured.ok) return captured;
  const record = ticketRecordOf(captured.observation);
  if (!record.ok) return record;
  return { ok: true, record: record.record, observation: captured.observation, skipped: captured.skipped };
}
