/**
 * A small fake site and backend for the host tests: two agents (one admin), two customers, one
 * desk, three requests, and resolvers that answer canned envelopes while recording every call.
 */
import path from 'node:path';
import { DEFAULT_MESSAGES } from '../../../src/domain/i18n';
import { defaultSettings } from '../../../src/domain/settings';
import type {
  FrameSession,
  HostDeps,
  HostModule,
  SiteRequestRecord,
  SiteSource,
  SiteUser,
} from '../../../src/local/host';
import { gadgetAnswer } from '../../ui/gadget/fixtures';
import { fakeHistory } from '../../ui/history/fixtures';

export const MODULES: HostModule[] = [
  {
    type: 'jira:issuePanel',
    key: 'cx-issue-panel',
    title: 'Customer experience',
    resource: 'issue-panel',
    resolverFunction: 'resolver',
  },
  {
    type: 'jira:dashboardGadget',
    key: 'cx-gadget',
    title: 'CX resolutions',
    resource: 'gadget',
    editResource: 'gadget',
    resolverFunction: 'resolver',
  },
  {
    type: 'jira:dashboardGadget',
    key: 'cx-scorecard',
    title: 'CX scorecard',
    resource: 'gadget',
    editResource: 'gadget',
    resolverFunction: 'resolver',
  },
  {
    type: 'jira:dashboardGadget',
    key: 'cx-trend',
    title: 'CX trend',
    resource: 'gadget',
    editResource: 'gadget',
    resolverFunction: 'resolver',
  },
  {
    type: 'jira:dashboardGadget',
    key: 'cx-breakdown',
    title: 'CX breakdown',
    resource: 'gadget',
    editResource: 'gadget',
    resolverFunction: 'resolver',
  },
  {
    type: 'jira:dashboardGadget',
    key: 'cx-distribution',
    title: 'CX score distribution',
    resource: 'gadget',
    editResource: 'gadget',
    resolverFunction: 'resolver',
  },
  {
    type: 'jiraServiceManagement:portalRequestDetail',
    key: 'cx-portal-survey',
    title: 'Your feedback',
    resource: 'portal',
    resolverFunction: 'resolver',
  },
  {
    type: 'jira:adminPage',
    key: 'cx-admin',
    title: 'CX Metrics',
    resource: 'admin',
    resolverFunction: 'resolver',
  },
];

export const USERS: SiteUser[] = [
  {
    accountId: 'agent-1',
    displayName: 'Alice Agent',
    accountType: 'atlassian',
    locale: 'en_US',
    timeZone: 'Europe/Berlin',
  },
  {
    accountId: 'agent-2',
    displayName: 'Bob Admin',
    accountType: 'atlassian',
    locale: 'en_GB',
    timeZone: 'UTC',
    admin: true,
  },
  {
    accountId: 'cust-1',
    displayName: 'Carla Customer',
    accountType: 'customer',
    locale: 'de_DE',
    timeZone: 'Europe/Vienna',
  },
  {
    accountId: 'cust-2',
    displayName: 'Dan <script>alert(1)</script>',
    accountType: 'customer',
    locale: 'en_US',
    timeZone: 'UTC',
  },
  { accountId: 'app-1', displayName: 'CX Metrics', accountType: 'app' },
];

const request = (n: number, overrides: Partial<SiteRequestRecord> = {}): SiteRequestRecord => ({
  issueId: String(10000 + n),
  key: `SD-${n}`,
  serviceDeskId: '1',
  requestTypeId: '11',
  summary: `Laptop will not start (${n})`,
  reporterId: 'cust-1',
  participantIds: [],
  assigneeId: 'agent-1',
  priority: 'Medium',
  statusId: '10002',
  created: '2025-03-01T09:00:00.000Z',
  resolution: null,
  resolutiondate: null,
  comments: [
    {
      id: `${n}01`,
      authorId: 'cust-1',
      body: 'It beeps three times.',
      public: true,
      created: '2025-03-01T09:05:00.000Z',
    },
    {
      id: `${n}02`,
      authorId: 'agent-1',
      body: 'Internal: check the warranty.',
      public: false,
      created: '2025-03-01T10:00:00.000Z',
    },
  ],
  ...overrides,
});

export function fakeSite(): SiteSource {
  const requests = [
    request(1),
    request(2, {
      statusId: '10004',
      resolution: 'Done',
      resolutiondate: '2025-03-02T12:00:00.000Z',
      assigneeId: null,
    }),
    request(3, { reporterId: 'cust-2', summary: 'VPN <b>drops</b> & reconnects' }),
  ];
  return {
    request: (key) => requests.find((candidate) => candidate.key === key),
    listRequests: ({ limit }) => [...requests].reverse().slice(0, limit),
    users: () => USERS,
    serviceDesks: () => [
      { projectId: '10000', key: 'SD', name: 'IT Service Desk', serviceDeskId: '1', portalId: '1' },
    ],
    requestTypes: () => [{ id: '11', name: 'Get IT help', kind: 'incident' }],
  };
}

export interface RecordedInvoke {
  session: FrameSession;
  functionKey: string;
  payload: unknown;
}

/** The survey of a portal request: SD-1 is not surveyed, SD-2 is open, SD-3 is answered. */
function portalSurvey(requestKey: string, answered: boolean) {
  const { invitation: _invitation, reminder: _reminder, ...messages } = DEFAULT_MESSAGES.en;
  const state = answered
    ? 'answered'
    : requestKey === 'SD-2'
      ? 'open'
      : requestKey === 'SD-3'
        ? 'answered'
        : 'none';
  return {
    requestKey,
    state,
    locale: 'en',
    messages,
    answer:
      state === 'answered'
        ? {
            ces: 6,
            csat: 4,
            comment: 'Quick fix.\n<b>Thanks</b> & <script>alert(1)</script>',
            answeredAt: '2025-03-03T10:15:00.000Z',
          }
        : null,
    expiresAt: state === 'open' ? '2025-03-16T13:00:00.000Z' : null,
    commentMaxLength: 2000,
  };
}

/** The agent's view: SD-1 never resolved, SD-2 answered with a low score, SD-3 skipped. */
function ticketResult(issueKey: string, followedUpBy?: { accountId: string; displayName: string }) {
  const base = {
    issueKey,
    scales: { ces: { min: 1, max: 7 }, csat: { min: 1, max: 5 } },
    customerRecent: [] as Array<{
      ticketKey: string;
      answeredAt: string;
      ces: number | null;
      csat: number | null;
    }>,
    answer: null as unknown,
    followUp: null as unknown,
  };
  if (issueKey === 'SD-2') {
    return {
      ...base,
      survey: {
        id: '10002:7',
        state: 'answered',
        skipReason: null,
        late: true,
        cycle: 2,
        resolvedAt: '2025-03-02T12:00:00.000Z',
        dueAt: '2025-03-02T13:00:00.000Z',
        invitedAt: '2025-03-03T14:00:00.000Z',
        remindedAt: null,
        expiresAt: '2025-03-17T14:00:00.000Z',
        answeredAt: '2025-03-04T08:30:00.000Z',
        timeline: [
          { event: 'scheduled', at: '2025-03-02T12:00:00.000Z' },
          { event: 'invited', at: '2025-03-03T14:00:00.000Z' },
          { event: 'answered', at: '2025-03-04T08:30:00.000Z' },
        ],
      },
      answer: {
        ces: 2,
        csat: 1,
        comment: 'Took three days.\n<img src=x onerror=alert(1)> <b>not bold</b>',
        answeredAt: '2025-03-04T08:30:00.000Z',
        respondent: { accountId: 'cust-1', displayName: 'Carla Customer' },
      },
      customerRecent: [
        { ticketKey: 'SD-2', answeredAt: '2025-03-04T08:30:00.000Z', ces: 2, csat: 1 },
        { ticketKey: 'SD-9', answeredAt: '2025-02-11T10:00:00.000Z', ces: 6, csat: 5 },
        { ticketKey: 'SD-7', answeredAt: '2025-01-20T10:00:00.000Z', ces: null, csat: 4 },
      ],
      followUp: followedUpBy
        ? { needed: true, doneBy: followedUpBy, doneAt: '2025-03-04T09:00:00.000Z' }
        : { needed: true, doneBy: null, doneAt: null },
    };
  }
  if (issueKey === 'SD-3') {
    return {
      ...base,
      survey: {
        id: '10003:4',
        state: 'skipped',
        skipReason: 'throttled',
        late: false,
        cycle: 1,
        resolvedAt: '2025-03-02T12:00:00.000Z',
        dueAt: null,
        invitedAt: null,
        remindedAt: null,
        expiresAt: null,
        answeredAt: null,
        timeline: [{ event: 'skipped', at: '2025-03-02T12:00:00.000Z' }],
      },
    };
  }
  return { ...base, survey: null };
}

/** Admin settings: the defaults, with the JSM survey also on in HR. */
function adminSettings() {
  return {
    settings: { ...defaultSettings(), jsmSurveyProjects: ['HR'] },
    warnings: [
      { project: 'HR', message: "JSM's own satisfaction survey is also on: customers get two surveys." },
    ],
    locales: ['en', 'de', 'fr', 'es', 'ja'],
    projects: [
      { key: 'SD', name: 'IT Service Desk' },
      { key: 'HR', name: 'HR Help' },
    ],
  };
}

/** Canned answers per resolver key, like the real backend's envelopes. */
export function cannedAnswer(functionKey: string, session: FrameSession): unknown {
  const days = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      date: new Date(Date.UTC(2025, 2, 1 + i)).toISOString().slice(0, 10),
      resolved: (i * 7) % 5,
    }));
  switch (functionKey) {
    case 'getIssueHistory':
      return {
        ok: true,
        data: {
          issueKey: (session.extension.issue as { key: string }).key,
          events: [
            {
              kind: 'resolved',
              issueId: '10001',
              issueKey: 'SD-1',
              projectKey: 'SD',
              changelogId: '1',
              at: '2025-03-02T12:00:00.000Z',
              by: 'agent-1',
              resolution: 'Done',
            },
            {
              kind: 'reopened',
              issueId: '10001',
              issueKey: 'SD-1',
              projectKey: 'SD',
              changelogId: '2',
              at: '2025-03-03T08:30:00.000Z',
              by: 'cust-1',
              resolution: null,
            },
          ],
        },
      };
    case 'getResolutionsPerDay': {
      const config = session.extension.gadgetConfiguration as
        { projectKey?: string; days?: number } | undefined;
      if (!config?.projectKey)
        return { ok: false, error: { code: 'NOT_CONFIGURED', message: 'Configure this gadget' } };
      return { ok: true, data: { projectKey: config.projectKey, days: days(config.days ?? 30) } };
    }
    case 'listProjects':
      return {
        ok: true,
        data: [
          { key: 'SD', name: 'IT Service Desk' },
          { key: 'HR', name: 'HR Help' },
        ],
      };
    case 'getRequestState':
      return {
        ok: true,
        data: {
          requestKey: 'SD-2',
          status: 'Resolved',
          resolved: true,
          resolvedAt: '2025-03-02T12:00:00.000Z',
        },
      };
    case 'getAdminOverview':
      return { ok: true, data: { recordedEvents: 1234, projects: ['SD', 'HR'] } };
    case 'getPortalSurvey':
      return { ok: true, data: portalSurvey((session.extension.request as { key: string }).key, false) };
    case 'submitSurvey':
      return { ok: true, data: portalSurvey((session.extension.request as { key: string }).key, true) };
    case 'getTicketResult':
      return { ok: true, data: ticketResult((session.extension.issue as { key: string }).key) };
    case 'markFollowUpDone': {
      const agent = USERS.find((user) => user.accountId === session.accountId);
      return {
        ok: true,
        data: ticketResult((session.extension.issue as { key: string }).key, {
          accountId: session.accountId,
          displayName: agent?.displayName ?? session.accountId,
        }),
      };
    }
    case 'getSettings':
    case 'saveSettings':
      return { ok: true, data: adminSettings() };
    default:
      return { ok: false, error: { code: 'NOT_FOUND', message: `No resolver ${functionKey}` } };
  }
}

export function fakeDeps(dataDir: string, overrides: Partial<HostDeps> = {}) {
  const invokes: RecordedInvoke[] = [];
  const products: Array<{ session: FrameSession; restPath: string; init: unknown }> = [];
  // The history import, records export and ticket timings: one site's state per host.
  const history = fakeHistory();
  const deps: HostDeps = {
    modules: MODULES,
    staticDir: path.resolve(__dirname, '../../../static'),
    dataDir,
    site: fakeSite(),
    invokeResolver: async (session, functionKey, payload) => {
      invokes.push({ session, functionKey, payload });
      const issueKey = (session.extension.issue as { key?: string } | undefined)?.key;
      return (
        gadgetAnswer(functionKey, session.extension, payload) ??
        (await history.answer(functionKey, payload, issueKey)) ??
        cannedAnswer(functionKey, session)
      );
    },
    fetchProduct: async (session, restPath, init) => {
      products.push({ session, restPath, init });
      return {
        status: 200,
        statusText: 'OK',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ accountId: session.accountId }),
      };
    },
    ...overrides,
  };
  return { deps, invokes, products };
}
