import { z } from 'zod';
import { commentRole } from '../capture/comment-role';
import { resolutionChange } from '../capture/changelog-observation';
import {
  commentSchema,
  historySchema,
  issueSchema,
  jiraUserSchema,
  organizationsFieldSchema,
  reasonOf,
  type ChangeItem,
} from '../capture/jira-shapes';
import type { EpochMs } from '../records/instant';
import {
  addReopen,
  addResolution,
  addUpdate,
  emptyIncidentLog,
  markMajor,
  setPeople,
  type IncidentLog,
} from './incident-log';
import { incidentLinkedIssues } from './issue-links';
import { readMajor, type MajorIncidentRule } from './major-rule';

/** How the app reads an incident: what means major, which links name affected requests, which fields hold people. */
export interface IncidentReading {
  rule: MajorIncidentRule;
  linkTypes: readonly string[];
  /** JSM's "Request participants" field. */
  participantsFieldId: string;
  organizationsFieldId: string;
  /** A field whose changes the admin maps as status-page or broadcast updates; `null` if none. */
  statusFieldId: string | null;
}

const snapshotSchema = z.object({
  changelog: z.object({ histories: z.array(historySchema) }).optional(),
});
const commentsSchema = z.object({ comments: z.array(commentSchema) }).nullish();
const participantsSchema = z.array(jiraUserSchema).nullish();
const reporterSchema = jiraUserSchema.nullish();

/** Whether one change item made the incident major (`true`), not major (`false`), or says nothing. */
function majorChange(item: ChangeItem, rule: MajorIncidentRule): boolean | null {
  const field = item.fieldId ?? item.field;
  if (field == null) return null;
  const to = item.toString ?? item.to ?? '';
  if (rule.fieldId !== null && field === rule.fieldId) return to !== '' && !/^(false|no|none)$/i.test(to);
  if (field === 'priority' && rule.priorities.length > 0)
    return rule.priorities.some((name) => name.toLowerCase() === to.toLowerCase());
  if (field === 'labels' && rule.labels.length > 0) {
    const labels = to.toLowerCase().split(/\s+/);
    return rule.labels.some((label) => labels.includes(label.toLowerCase()));
  }
  return null;
}

export type IncidentReadResult =
  { ok: true; log: IncidentLog; linked: Array<{ id: string; key?: string }> } | { ok: false; reason: string };

/**
 * What an incident as REST v3 returns it (fields, `expand=changelog`, its comments) says, merged
 * into what was known (`known`, or a new log): the major flag over time (each change of the
 * major field, priority or labels in the changelog, and the flag as it is at `observedAt`), each
 * resolution and reopen, every customer-visible update (public comments by the desk, changes of
 * the mapped status field), the reporter, participants and organisations, and the ids of the
 * linked requests (the caller reads those requests for their reporters and creation).
 *
 * Invalid input: an issue of the wrong shape is refused with the field named; nothing is merged.
 */
export function readIncident(
  issue: unknown,
  reading: IncidentReading,
  observedAt: EpochMs,
  known: IncidentLog | null,
): IncidentReadResult {
  const parsedIssue = issueSchema.safeParse(issue);
  if (!parsedIssue.success) return { ok: false, reason: reasonOf(parsedIssue.error, 'issue.') };
  const snapshot = snapshotSchema.safeParse(issue);
  if (!snapshot.success) return { ok: false, reason: reasonOf(snapshot.error, 'issue.') };
  const { id, key, fields } = parsedIssue.data;
  const major = readMajor(fields, reading.rule);
  if (!major.ok) return major;
  const reporter = reporterSchema.safeParse(fields.reporter);
  if (!reporter.success) return { ok: false, reason: reasonOf(reporter.error, 'fields.reporter.') };
  const participants = participantsSchema.safeParse(fields[reading.participantsFieldId]);
  if (!participants.success)
    return { ok: false, reason: reasonOf(participants.error, `fields.${reading.participantsFieldId}.`) };
  const organizations = organizationsFieldSchema.nullish().safeParse(fields[reading.organizationsFieldId]);
  if (!organizations.success)
    return { ok: false, reason: reasonOf(organizations.error, `fields.${reading.organizationsFieldId}.`) };
  const comments = commentsSchema.safeParse(fields.comment);
  if (!comments.success) return { ok: false, reason: reasonOf(comments.error, 'fields.comment.') };
  const links = incidentLinkedIssues(fields.issuelinks, reading.linkTypes);
  if (!links.ok) return links;

  let log = known ?? emptyIncidentLog(id);
  if (key !== undefined) log = { ...log, key };
  const project = (fields.project as { key?: unknown } | null | undefined)?.key;
  if (typeof project === 'string' && project !== '') log = { ...log, project };
  for (const history of snapshot.data.changelog?.histories ?? []) {
    for (const item of history.items) {
      const change = resolutionChange(item);
      if (change === 'set') log = addResolution(log, history.created);
      if (change === 'cleared') log = addReopen(log, history.created);
      const flag = majorChange(item, reading.rule);
      if (flag !== null) log = markMajor(log, history.created, flag);
      const field = item.fieldId ?? item.field;
      if (reading.statusFieldId !== null && field === reading.statusFieldId)
        log = addUpdate(log, {
          id: `status:${history.id ?? history.created}`,
          at: history.created,
          source: 'status',
        });
    }
  }
  if (major.major !== undefined) log = markMajor(log, observedAt, major.major);
  if (typeof fields.resolutiondate === 'string' && log.resolutionsAt.length === 0) {
    const at = Date.parse(fields.resolutiondate);
    if (Number.isFinite(at)) log = addResolution(log, at);
  }
  const reporterId = reporter.data?.accountId ?? null;
  const participantIds = (participants.data ?? []).map((user) => user.accountId);
  log = setPeople(log, {
    reporter: reporter.data === undefined ? log.reporter : reporterId,
    participants: participants.data === undefined ? log.participants : participantIds,
    organizations:
      organizations.data === undefined ? log.organizations : (organizations.data ?? []).map((o) => o.name),
  });
  for (const comment of comments.data?.comments ?? []) {
    const role = commentRole(comment, { reporter: reporterId, participantIds });
    if (role.role === 'response')
      log = addUpdate(log, {
        id: `comment:${comment.id ?? comment.created}`,
        at: comment.created,
        source: 'comment',
      });
  }
  return { ok: true, log, linked: links.issues };
}
