import type { PriorityName, RequestKind } from './model';

/**
 * The site's fixed configuration: one JSM workflow, Jira's default priorities and resolutions,
 * and the two JSM issue types. Ids follow Jira Cloud's usual numbering so answers look familiar.
 */

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface StatusDef {
  id: string;
  name: string;
  category: StatusCategoryKey;
}

export const STATUSES = {
  waitingForSupport: { id: '10001', name: 'Waiting for support', category: 'new' },
  inProgress: { id: '10002', name: 'In Progress', category: 'indeterminate' },
  waitingForCustomer: { id: '10003', name: 'Waiting for customer', category: 'indeterminate' },
  resolved: { id: '10004', name: 'Resolved', category: 'done' },
} as const satisfies Record<string, StatusDef>;

export const STATUS_CATEGORIES: Record<
  StatusCategoryKey,
  { id: number; key: string; colorName: string; name: string }
> = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
};

export function statusById(id: string): StatusDef {
  const status = Object.values(STATUSES).find((candidate) => candidate.id === id);
  if (!status) throw new Error(`Unknown status id ${id}`);
  return status;
}

export const PRIORITIES: Record<PriorityName, { id: string; statusColor: string }> = {
  Highest: { id: '1', statusColor: '#d04437' },
  High: { id: '2', statusColor: '#f15c75' },
  Medium: { id: '3', statusColor: '#f79232' },
  Low: { id: '4', statusColor: '#707070' },
};

export const RESOLUTIONS: Record<string, { id: string; description: string }> = {
  Done: { id: '10000', description: 'Work has been completed on this issue.' },
  "Won't Do": { id: '10001', description: 'This issue will not be actioned.' },
  Duplicate: { id: '10002', description: 'The problem is a duplicate of an existing issue.' },
  'Cannot Reproduce': { id: '10003', description: 'This issue could not be reproduced.' },
};

export const ISSUE_TYPES: Record<RequestKind, { id: string; name: string; description: string }> = {
  incident: { id: '10100', name: 'Incident', description: 'For system outages or incidents.' },
  request: {
    id: '10101',
    name: 'Service Request',
    description: 'For requests that require approval or work.',
  },
};

/** Custom fields JSM adds to every service project's issues. */
export const REQUEST_TYPE_FIELD = 'customfield_10010';
export const PARTICIPANTS_FIELD = 'customfield_10026';
/** JSM's Organizations field and the Team field, at the ids most Cloud sites give them. */
export const ORGANIZATIONS_FIELD = 'customfield_10002';
export const TEAM_FIELD = 'customfield_10001';
