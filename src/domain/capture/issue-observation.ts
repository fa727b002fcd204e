import { z } from 'zod';
import type { EpochMs } from '../records/instant';
import type { ObservationResult } from './comment-observation';
import {
  DEFAULT_FIELD_IDS,
  issueFieldsSchema,
  issueSchema,
  organizationsFieldSchema,
  reasonOf,
  requestTypeFieldSchema,
  teamFieldSchema,
  type JsmFieldIds,
} from './jira-shapes';
import { jiraTime } from './jira-time';
import { emptyObservation, type AttributionField } from './observation';
import { ticketKind, type TicketKind } from './ticket-kind';

/** How a desk's Jira is read: its request-type kinds and, if they differ, its JSM field ids. */
export interface IssueReading {
  /** Request type id → kind; types not listed fall back to the issue type's name. */
  kindByRequestType?: Readonly<Record<string, TicketKind>>;
  fieldIds?: Partial<JsmFieldIds>;
}

/**
 * What an issue's fields say about the ticket as of `observedAt`: `createdAt` and the
 * attribution (key, project, kind, priority, request type, assignee, team, organization,
 * reporter). Works on a REST issue and on the issue in a product event alike; a field the payload
 * leaves out is not observed (it keeps what was known), a field Jira has empty is observed as none.
 * People are their account ids, priority and request type their names, the organization the first
 * one listed, the team its name.
 *
 * Empty and invalid input: an issue without an id, or with a read field of the wrong shape, is
 * refused with the field named; an issue with no fields gives an observation that says nothing.
 */
export function observationFromIssue(
  issue: unknown,
  options: IssueReading & { observedAt: EpochMs },
): ObservationResult {
  const parsedIssue = issueSchema.safeParse(issue);
  if (!parsedIssue.success) return { ok: false, reason: reasonOf(parsedIssue.error, 'issue.') };
  const { id, key, fields: raw } = parsedIssue.data;
  const ids = { ...DEFAULT_FIELD_IDS, ...options.fieldIds };
  const fields = issueFieldsSchema.safeParse(raw);
  if (!fields.success) return { ok: false, reason: reasonOf(fields.error, 'fields.') };
  const requestTypeField = requestTypeFieldSchema.nullish().safeParse(raw[ids.requestType]);
  if (!requestTypeField.success)
    return { ok: false, reason: reasonOf(requestTypeField.error, `fields.${ids.requestType}.`) };
  const organizations = organizationsFieldSchema.nullish().safeParse(raw[ids.organizations]);
  if (!organizations.success)
    return { ok: false, reason: reasonOf(organizations.error, `fields.${ids.organizations}.`) };
  const team = teamFieldSchema.nullish().safeParse(raw[ids.team]);
  if (!team.success) return { ok: false, reason: reasonOf(team.error, `fields.${ids.team}.`) };

  const f = fields.data;
  const observation = emptyObservation(id);
  if (f.created !== undefined && f.created !== null) observation.createdAt = f.created;
  const observe = (field: AttributionField, value: string | null | undefined) => {
    if (value !== undefined) observation.attribution[field] = { value, at: options.observedAt };
  };
  const has = (name: string) => Object.hasOwn(raw, name);
  observe('key', key);
  observe('project', f.project === undefined ? undefined : (f.project?.key ?? null));
  observe('priority', f.priority === undefined ? undefined : (f.priority?.name ?? null));
  observe('assignee', f.assignee === undefined ? undefined : (f.assignee?.accountId ?? null));
  observe('reporter', f.reporter === undefined ? undefined : (f.reporter?.accountId ?? null));
  const requestType = requestTypeField.data?.requestType ?? undefined;
  if (has(ids.requestType)) observe('requestType', requestType?.name ?? null);
  if (has(ids.organizations)) observe('organization', organizations.data?.[0]?.name ?? null);
  if (has(ids.team)) observe('team', team.data ? (team.data.name ?? team.data.title ?? null) : null);
  const kind = ticketKind(requestType?.id, f.issuetype?.name, options.kindByRequestType);
  if (kind !== null) observe('kind', kind);
  return { ok: true, observation };
}

/** The parts of `avi:jira:created:issue` read here. */
const createdEventSchema = z.object({ issue: z.unknown(), timestamp: jiraTime.optional() });

/**
 * What `avi:jira:created:issue` tells: the ticket's creation and its first attribution, as of
 * the event's `timestamp` (else `receivedAt`). See `observationFromIssue`.
 *
 * Empty and invalid input: a payload without an issue id is refused.
 */
export function observationFromCreatedEvent(
  event: unknown,
  options: IssueReading & { receivedAt: EpochMs },
): ObservationResult {
  const parsed = createdEventSchema.safeParse(event);
  if (!parsed.success) return { ok: false, reason: reasonOf(parsed.error) };
  return observationFromIssue(parsed.data.issue, {
    ...options,
    observedAt: parsed.data.timestamp ?? options.receivedAt,
  });
}
