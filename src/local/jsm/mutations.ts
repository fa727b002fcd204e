import { RESOLUTIONS, STATUSES, statusById, type StatusDef } from './catalog';
import { JsmSiteError } from './site-error';
import type {
  ChangeItemRecord,
  CommentRecord,
  HistoryRecord,
  PriorityName,
  RequestRecord,
  WorklogRecord,
} from './model';
import type { SiteStore } from './site-store';

/**
 * Every change to a request goes through these functions, whether it comes from the seed
 * generator, a REST call or `resolve`/`reopen`, so that each one leaves the same trail Jira
 * would: `updated` moves, status changes write a changelog history with a fresh id.
 */

export interface NewRequest {
  serviceDeskId: string;
  requestTypeId: string;
  summary: string;
  reporterId: string;
  priority: PriorityName;
  created: Date;
  participantIds?: string[];
}

export function createRequest(store: SiteStore, input: NewRequest): RequestRecord {
  const desk = store.desk(input.serviceDeskId);
  if (!desk) throw new JsmSiteError('NOT_FOUND', `No service desk ${input.serviceDeskId}`);
  desk.issueCounter += 1;
  const at = input.created.toISOString();
  const request: RequestRecord = {
    issueId: store.nextId('issue'),
    key: `${desk.key}-${desk.issueCounter}`,
    serviceDeskId: desk.serviceDeskId,
    requestTypeId: input.requestTypeId,
    summary: input.summary,
    reporterId: input.reporterId,
    participantIds: input.participantIds ?? [],
    assigneeId: null,
    priority: input.priority,
    statusId: STATUSES.waitingForSupport.id,
    statusChanged: at,
    created: at,
    updated: at,
    resolution: null,
    resolutiondate: null,
    comments: [],
    histories: [],
    worklogs: [],
    feedback: null,
  };
  store.addRequest(request);
  return request;
}

export function addComment(
  store: SiteStore,
  request: RequestRecord,
  input: { authorId: string; body: string; public: boolean; at: Date },
): CommentRecord {
  const comment: CommentRecord = {
    id: store.nextId('comment'),
    authorId: input.authorId,
    body: input.body,
    public: input.public,
    created: input.at.toISOString(),
  };
  request.comments.push(comment);
  touch(request, input.at);
  return comment;
}

export function addWorklog(
  store: SiteStore,
  request: RequestRecord,
  input: { authorId: string; started: Date; timeSpentSeconds: number; comment: string },
): WorklogRecord {
  const worklog: WorklogRecord = {
    id: store.nextId('worklog'),
    authorId: input.authorId,
    started: input.started.toISOString(),
    // Work is logged when it ends.
    created: new Date(input.started.getTime() + input.timeSpentSeconds * 1000).toISOString(),
    timeSpentSeconds: input.timeSpentSeconds,
    comment: input.comment,
  };
  request.worklogs.push(worklog);
  return worklog;
}

export function assign(
  store: SiteStore,
  request: RequestRecord,
  assigneeId: string | null,
  at: Date,
  byId: string,
): HistoryRecord {
  const from = request.assigneeId;
  request.assigneeId = assigneeId;
  return recordHistory(store, request, at, byId, [
    item('assignee', from, displayName(store, from), assigneeId, displayName(store, assigneeId)),
  ]);
}

/** A workflow transition that does not touch the resolution (e.g. to "In Progress"). */
export function transition(
  store: SiteStore,
  request: RequestRecord,
  to: StatusDef,
  at: Date,
  byId: string,
): HistoryRecord {
  return recordHistory(store, request, at, byId, [statusItem(request, to, at)]);
}

export function resolveRequest(
  store: SiteStore,
  request: RequestRecord,
  at: Date,
  byId: string,
  resolution = 'Done',
): HistoryRecord {
  if (request.resolution !== null) {
    throw new JsmSiteError('ALREADY_RESOLVED', `${request.key} is already resolved (${request.resolution})`);
  }
  const resolutionDef = RESOLUTIONS[resolution];
  if (!resolutionDef) throw new JsmSiteError('UNKNOWN_RESOLUTION', `No resolution named ${resolution}`);
  const items = [
    item('resolution', null, null, resolutionDef.id, resolution),
    statusItem(request, STATUSES.resolved, at),
  ];
  request.resolution = resolution;
  request.resolutiondate = at.toISOString();
  return recordHistory(store, request, at, byId, items);
}

export function reopenRequest(
  store: SiteStore,
  request: RequestRecord,
  at: Date,
  byId: string,
): HistoryRecord {
  const resolution = request.resolution;
  if (resolution === null) throw new JsmSiteError('NOT_RESOLVED', `${request.key} is not resolved`);
  const items = [
    item('resolution', RESOLUTIONS[resolution]?.id ?? null, resolution, null, null),
    statusItem(request, STATUSES.waitingForSupport, at),
  ];
  request.resolution = null;
  request.resolutiondate = null;
  return recordHistory(store, request, at, byId, items);
}

function statusItem(request: RequestRecord, to: StatusDef, at: Date): ChangeItemRecord {
  const from = statusById(request.statusId);
  request.statusId = to.id;
  request.statusChanged = at.toISOString();
  return item('status', from.id, from.name, to.id, to.name);
}

function recordHistory(
  store: SiteStore,
  request: RequestRecord,
  at: Date,
  byId: string,
  items: ChangeItemRecord[],
): HistoryRecord {
  if (!store.user(byId)) throw new JsmSiteError('UNKNOWN_USER', `No user ${byId}`);
  const history: HistoryRecord = {
    id: store.nextId('history'),
    authorId: byId,
    created: at.toISOString(),
    items,
  };
  request.histories.push(history);
  touch(request, at);
  return history;
}

function touch(request: RequestRecord, at: Date): void {
  const iso = at.toISOString();
  if (iso > request.updated) request.updated = iso;
}

function item(
  field: string,
  from: string | null,
  fromString: string | null,
  to: string | null,
  toString: string | null,
): ChangeItemRecord {
  return { field, fieldtype: 'jira', fieldId: field, from, fromString, to, toString };
}

function displayName(store: SiteStore, accountId: string | null): string | null {
  return accountId === null ? null : (store.user(accountId)?.displayName ?? null);
}
