/**
 * The simulated site's data, as persisted. Plain JSON (ISO-8601 UTC strings for time, ids as
 * strings like Jira's) so a data file survives a restart and a snapshot can be compared in tests.
 * REST answers are rendered from these records by `shapes/`; nothing here is a wire shape.
 */

export type AccountType = 'atlassian' | 'customer' | 'app';
export type RequestKind = 'incident' | 'request';
export type PriorityName = 'Highest' | 'High' | 'Medium' | 'Low';

/** A service desk and its peer Jira project (JSM keeps both ids). */
export interface Desk {
  projectId: string;
  key: string;
  name: string;
  serviceDeskId: string;
  portalId: string;
  /** The last issue number used in this project (Jira's project counter): keys are `KEY-n`. */
  issueCounter: number;
}

export interface RequestTypeRecord {
  id: string;
  serviceDeskId: string;
  name: string;
  description: string;
  kind: RequestKind;
}

/** A JSM organization; its customers get portal access to the service desks it is linked to. */
export interface Organization {
  id: string;
  name: string;
  serviceDeskIds: string[];
}

export interface UserRecord {
  accountId: string;
  accountType: AccountType;
  displayName: string;
  emailAddress: string;
  timeZone: string;
  /** `null` when the user's privacy settings hide it: Jira then answers `locale: null`. */
  locale: string | null;
  active: boolean;
  /** Agents: the team they work in, the desks they are agents of, and whether they administer Jira. */
  team?: string;
  serviceDeskIds?: string[];
  admin?: boolean;
  /** Customers: their organization. */
  organizationId?: string;
}

export interface CommentRecord {
  id: string;
  authorId: string;
  body: string;
  public: boolean;
  created: string;
}

/** One changed field in a changelog history, exactly as Jira reports it. */
export interface ChangeItemRecord {
  field: string;
  fieldtype: 'jira';
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface HistoryRecord {
  id: string;
  authorId: string;
  created: string;
  items: ChangeItemRecord[];
}

export interface WorklogRecord {
  id: string;
  authorId: string;
  started: string;
  created: string;
  timeSpentSeconds: number;
  comment: string;
}

/** JSM's own satisfaction rating (1–5), given by the reporter once the request is resolved. */
export interface FeedbackRecord {
  rating: number;
  comment: string | null;
  created: string;
}

export interface RequestRecord {
  issueId: string;
  key: string;
  serviceDeskId: string;
  requestTypeId: string;
  summary: string;
  reporterId: string;
  participantIds: string[];
  assigneeId: string | null;
  priority: PriorityName;
  statusId: string;
  /** When the status last changed (JSM's `currentStatus.statusDate`). */
  statusChanged: string;
  created: string;
  updated: string;
  resolution: string | null;
  resolutiondate: string | null;
  comments: CommentRecord[];
  histories: HistoryRecord[];
  worklogs: WorklogRecord[];
  feedback: FeedbackRecord | null;
}

/** Next free numeric id per entity: Jira ids are global, increasing numbers rendered as strings. */
export interface IdCounters {
  issue: number;
  comment: number;
  history: number;
  worklog: number;
}

export interface SiteData {
  version: 1;
  /** The account the Forge app acts as (`asApp()`): it authors the app's comments. */
  appAccountId: string;
  desks: Desk[];
  requestTypes: RequestTypeRecord[];
  organizations: Organization[];
  users: UserRecord[];
  requests: RequestRecord[];
  /** Plain Jira issues the app created (its review tasks); absent in data saved before there were any. */
  tasks?: TaskRecord[];
  counters: IdCounters;
}

/** A plain Jira issue (not a JSM request) created through POST /rest/api/3/issue. */
export interface TaskRecord {
  issueId: string;
  key: string;
  projectKey: string;
  issueType: string;
  summary: string;
  /** Atlassian Document Format, as sent. */
  description: unknown;
  assigneeId: string | null;
  reporterId: string;
  labels: string[];
  duedate: string | null;
  created: string;
}

export const APP_ACCOUNT_ID = '712020:cx-metrics-app';

export function emptySite(): SiteData {
  return {
    version: 1,
    appAccountId: APP_ACCOUNT_ID,
    desks: [],
    requestTypes: [],
    organizations: [],
    users: [
      {
        accountId: APP_ACCOUNT_ID,
        accountType: 'app',
        displayName: 'CX Metrics',
        emailAddress: '',
        timeZone: 'UTC',
        locale: 'en_US',
        active: true,
      },
    ],
    requests: [],
    counters: { issue: 10000, comment: 20000, history: 30000, worklog: 40000 },
  };
}
