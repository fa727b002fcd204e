import type { ServiceDeskModels } from 'jira.js';
import { ISSUE_TYPES, statusById } from '../catalog';
import type { CommentRecord, Desk, RequestRecord, RequestTypeRecord, UserRecord } from '../model';
import type { SiteStore } from '../site-store';
import { jsmDate } from './dates';
import type { Wire } from './wire-names';

/** Renders site records as JSM REST (`/rest/servicedeskapi`) answers. */

export type JsmUser = Wire<ServiceDeskModels.User>;
export type JsmRequest = Wire<ServiceDeskModels.CustomerRequest>;
export type JsmComment = Wire<ServiceDeskModels.Comment>;
export type JsmServiceDesk = Wire<ServiceDeskModels.ServiceDesk>;
export type JsmRequestType = Wire<ServiceDeskModels.RequestType>;
export type JsmSla = Wire<ServiceDeskModels.SlaInformation>;
export type JsmFeedback = ServiceDeskModels.CsatFeedbackFull;

/** Every JSM list answer: a page of values with `start`/`limit`/`isLastPage` and page links. */
export interface JsmPage<T> {
  _expands: string[];
  size: number;
  start: number;
  limit: number;
  isLastPage: boolean;
  values: T[];
  _links: Wire<ServiceDeskModels.PagedLink>;
}

export function jsmPage<T>(
  all: T[],
  start: number,
  limit: number,
  selfUrl: string,
  baseUrl: string,
): JsmPage<T> {
  const values = all.slice(start, start + limit);
  const isLastPage = start + values.length >= all.length;
  const at = (from: number) => `${selfUrl}${selfUrl.includes('?') ? '&' : '?'}start=${from}&limit=${limit}`;
  return {
    _expands: [],
    size: values.length,
    start,
    limit,
    isLastPage,
    values,
    _links: {
      self: at(start),
      base: baseUrl,
      context: '',
      ...(isLastPage ? {} : { next: at(start + limit) }),
      ...(start > 0 ? { prev: at(Math.max(0, start - limit)) } : {}),
    },
  };
}

export function jsmUser(user: UserRecord, baseUrl: string): JsmUser {
  return {
    accountId: user.accountId,
    emailAddress: user.emailAddress,
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    _links: {
      jiraRest: `${baseUrl}/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`,
      self: `${baseUrl}/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`,
    },
  };
}

export function jsmRequest(store: SiteStore, request: RequestRecord, baseUrl: string): JsmRequest {
  const status = statusById(request.statusId);
  const reporter = store.user(request.reporterId);
  return {
    _expands: [
      'participant',
      'status',
      'sla',
      'requestType',
      'serviceDesk',
      'attachment',
      'action',
      'comment',
    ],
    issueId: request.issueId,
    issueKey: request.key,
    requestTypeId: request.requestTypeId,
    serviceDeskId: request.serviceDeskId,
    createdDate: jsmDate(request.created),
    ...(reporter ? { reporter: jsmUser(reporter, baseUrl) } : {}),
    requestFieldValues: [{ fieldId: 'summary', label: 'Summary', value: request.summary }],
    currentStatus: {
      status: status.name,
      statusCategory: status.category.toUpperCase(),
      statusDate: jsmDate(request.statusChanged),
    },
    _links: {
      jiraRest: `${baseUrl}/rest/api/2/issue/${request.issueId}`,
      web: portalUrl(request, baseUrl),
      agent: `${baseUrl}/browse/${request.key}`,
      self: `${baseUrl}/rest/servicedeskapi/request/${request.issueId}`,
    },
  };
}

/** The customer portal's page for a request on the local site (served by the host pages). */
export function portalUrl(request: RequestRecord, baseUrl: string): string {
  return `${baseUrl}/portal/request/${request.key}`;
}

export function jsmComment(
  store: SiteStore,
  request: RequestRecord,
  comment: CommentRecord,
  baseUrl: string,
): JsmComment {
  const author = store.user(comment.authorId);
  return {
    _expands: ['attachment', 'renderedBody'],
    id: comment.id,
    body: comment.body,
    public: comment.public,
    ...(author ? { author: jsmUser(author, baseUrl) } : {}),
    created: jsmDate(comment.created),
    _links: { self: `${baseUrl}/rest/servicedeskapi/request/${request.issueId}/comment/${comment.id}` },
  };
}

export function jsmServiceDesk(desk: Desk, baseUrl: string): JsmServiceDesk {
  return {
    id: desk.serviceDeskId,
    projectId: desk.projectId,
    projectName: desk.name,
    projectKey: desk.key,
    _links: { self: `${baseUrl}/rest/servicedeskapi/servicedesk/${desk.serviceDeskId}` },
  };
}

export function jsmRequestType(type: RequestTypeRecord, desk: Desk, baseUrl: string): JsmRequestType {
  return {
    _expands: ['field'],
    id: type.id,
    name: type.name,
    description: type.description,
    helpText: '',
    issueTypeId: ISSUE_TYPES[type.kind].id,
    serviceDeskId: type.serviceDeskId,
    portalId: desk.portalId,
    groupIds: [],
    _links: {
      self: `${baseUrl}/rest/servicedeskapi/servicedesk/${desk.serviceDeskId}/requesttype/${type.id}`,
    },
  };
}
