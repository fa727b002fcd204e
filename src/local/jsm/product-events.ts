import type { HistoryRecord, RequestRecord } from './model';
import { selectIssueFields, type JiraChangeItem, type JiraIssueFields } from './shapes/jira';
import type { SiteStore } from './site-store';

/**
 * The `avi:jira:updated:issue` payload the platform delivers to a Forge trigger (Forge Jira events
 * reference): the issue with its main fields, the actor (`atlassianId`), the users associated with
 * the change, and the changelog of this one update (`id` plus `items`). Jira sends no "resolved"
 * event: a resolution is the changelog item with `fieldId: 'resolution'`, `to` non-null when set
 * and null when cleared. `timestamp` is epoch milliseconds, as in Jira's webhooks.
 */

export const EVENT_FIELDS = [
  'summary',
  'issuetype',
  'project',
  'reporter',
  'creator',
  'assignee',
  'status',
  'priority',
  'resolution',
  'resolutiondate',
  'created',
  'updated',
] as const satisfies readonly (keyof JiraIssueFields)[];

export type EventIssueFields = Pick<JiraIssueFields, (typeof EVENT_FIELDS)[number]>;

export interface SiteIssueUpdatedEvent {
  eventType: 'avi:jira:updated:issue';
  issue: { id: string; key: string; self: string; fields: EventIssueFields };
  atlassianId: string;
  associatedUsers: Array<{ accountId: string }>;
  changelog: { id: string; items: JiraChangeItem[] };
  /** True when the app itself made the change (a trigger with `ignoreSelf` drops those). */
  selfGenerated: boolean;
  timestamp: number;
}

export function issueUpdatedEvent(
  store: SiteStore,
  request: RequestRecord,
  history: HistoryRecord,
  baseUrl: string,
): SiteIssueUpdatedEvent {
  const fields = selectIssueFields(store, request, baseUrl, {
    fields: EVENT_FIELDS.join(','),
    internal: true,
  });
  const associated = [history.authorId, request.reporterId, request.assigneeId].filter(
    (id, index, all): id is string => id !== null && all.indexOf(id) === index,
  );
  return {
    eventType: 'avi:jira:updated:issue',
    issue: {
      id: request.issueId,
      key: request.key,
      self: `${baseUrl}/rest/api/2/issue/${request.issueId}`,
      fields: fields as EventIssueFields,
    },
    atlassianId: history.authorId,
    associatedUsers: associated.map((accountId) => ({ accountId })),
    changelog: { id: history.id, items: history.items.map((item) => ({ ...item })) },
    selfGenerated: history.authorId === store.data.appAccountId,
    timestamp: new Date(history.created).getTime(),
  };
}
