import type { ChangeItem } from '../capture/jira-shapes';
import type { ResolutionEvent } from './events';

export interface IssueChange {
  issueId: string;
  issueKey: string;
  projectKey: string;
  changelogId: string;
  /** The changelog's items as Jira sends them in `avi:jira:updated:issue`. */
  items: ChangeItem[];
  actorAccountId: string | null;
  /** When the change happened (the event's timestamp), ISO-8601. */
  at: string;
}

/**
 * Reads a resolution or a reopen from one issue change. Jira has no "resolved" event: a
 * transition that sets the resolution field resolves the ticket, one that clears it reopens it
 * (platform-notes.md). Status names and `jiraEventTypeName` vary by workflow, so neither is used.
 *
 * @returns the event, or `null` when the change does not touch the resolution.
 * @example
 *   detectResolutionChange({ ..., items: [{ fieldId: 'resolution', to: '10000', toString: 'Done' }] })
 *   //=> { kind: 'resolved', resolution: 'Done', ... }
 */
export function detectResolutionChange(change: IssueChange): ResolutionEvent | null {
  const item = change.items.find((candidate) => candidate.fieldId === 'resolution');
  if (!item) return null;
  const resolved = item.to !== null && item.to !== undefined && item.to !== '';
  return {
    kind: resolved ? 'resolved' : 'reopened',
    issueId: change.issueId,
    issueKey: change.issueKey,
    projectKey: change.projectKey,
    changelogId: change.changelogId,
    at: change.at,
    by: change.actorAccountId,
    resolution: resolved ? (item.toString ?? null) : null,
  };
}
