import { JsmSite } from '../../../src/local/jsm';
import { emptySite, type SiteData, type UserRecord } from '../../../src/local/jsm/model';
import {
  addComment,
  addWorklog,
  assign,
  createRequest,
  resolveRequest,
  transition,
} from '../../../src/local/jsm/mutations';
import { STATUSES } from '../../../src/local/jsm/catalog';
import { SiteStore } from '../../../src/local/jsm/site-store';

/**
 * A small hand-built site: desk SD (IT) and HR, two agents (one per desk), three customers
 * (Ana and Ben in Finance, linked to both desks; Cleo in Contractors, linked to SD only).
 * SD-1: Ana's request, Ben participates, answered, internal note, resolved.
 * SD-2: Cleo's open incident, untouched.
 * HR-1: Ana's open HR question, assigned to the HR agent.
 */
export const T0 = new Date('2025-03-03T09:00:00.000Z');
export const NOW = new Date('2025-03-10T12:00:00.000Z');
export const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

export const IDS = {
  itAgent: 'agent-it',
  hrAgent: 'agent-hr',
  ana: 'cust-ana',
  ben: 'cust-ben',
  cleo: 'cust-cleo',
} as const;

const user = (
  accountId: string,
  fields: Partial<UserRecord> & Pick<UserRecord, 'accountType' | 'displayName'>,
): UserRecord => ({
  accountId,
  emailAddress: `${accountId}@example.com`,
  timeZone: 'UTC',
  locale: 'en_US',
  active: true,
  ...fields,
});

export function smallSiteData(): SiteData {
  const data = emptySite();
  data.desks.push(
    {
      projectId: '10000',
      key: 'SD',
      name: 'IT Help Desk',
      serviceDeskId: '1',
      portalId: '1',
      issueCounter: 0,
    },
    {
      projectId: '10001',
      key: 'HR',
      name: 'HR Services',
      serviceDeskId: '2',
      portalId: '2',
      issueCounter: 0,
    },
  );
  data.requestTypes.push(
    { id: '11', serviceDeskId: '1', name: 'Get IT help', description: 'Ask IT', kind: 'request' },
    { id: '12', serviceDeskId: '1', name: 'Report a problem', description: 'Broken', kind: 'incident' },
    { id: '21', serviceDeskId: '2', name: 'Ask HR', description: 'Ask HR', kind: 'request' },
  );
  data.organizations.push(
    { id: '1', name: 'Finance', serviceDeskIds: ['1', '2'] },
    { id: '2', name: 'Contractors', serviceDeskIds: ['1'] },
  );
  const store = new SiteStore(data);
  store.addUser(
    user(IDS.itAgent, {
      accountType: 'atlassian',
      displayName: 'Ivy Agent',
      team: 'L1',
      serviceDeskIds: ['1'],
    }),
  );
  store.addUser(
    user(IDS.hrAgent, {
      accountType: 'atlassian',
      displayName: 'Hal Agent',
      team: 'HR Ops',
      serviceDeskIds: ['2'],
    }),
  );
  store.addUser(user(IDS.ana, { accountType: 'customer', displayName: 'Ana Customer', organizationId: '1' }));
  store.addUser(user(IDS.ben, { accountType: 'customer', displayName: 'Ben Customer', organizationId: '1' }));
  store.addUser(
    user(IDS.cleo, { accountType: 'customer', displayName: 'Cleo Contractor', organizationId: '2' }),
  );

  const sd1 = createRequest(store, {
    serviceDeskId: '1',
    requestTypeId: '11',
    summary: 'Printer on floor 2 is jammed',
    reporterId: IDS.ana,
    priority: 'High',
    created: at(0),
    participantIds: [IDS.ben],
  });
  assign(store, sd1, IDS.itAgent, at(10), IDS.itAgent);
  transition(store, sd1, STATUSES.inProgress, at(10), IDS.itAgent);
  addComment(store, sd1, { authorId: IDS.itAgent, body: 'Looking at it now.', public: true, at: at(10) });
  addComment(store, sd1, { authorId: IDS.itAgent, body: 'Needs a new roller.', public: false, at: at(20) });
  addWorklog(store, sd1, {
    authorId: IDS.itAgent,
    started: at(30),
    timeSpentSeconds: 1800,
    comment: 'Fixed roller',
  });
  resolveRequest(store, sd1, at(60), IDS.itAgent);

  createRequest(store, {
    serviceDeskId: '1',
    requestTypeId: '12',
    summary: 'VPN drops every hour',
    reporterId: IDS.cleo,
    priority: 'Medium',
    created: at(120),
  });
  const hr1 = createRequest(store, {
    serviceDeskId: '2',
    requestTypeId: '21',
    summary: 'Parental leave policy',
    reporterId: IDS.ana,
    priority: 'Low',
    created: at(180),
  });
  assign(store, hr1, IDS.hrAgent, at(200), IDS.hrAgent);
  return data;
}

export function smallSite(now: () => Date = () => NOW): JsmSite {
  const site = new JsmSite({ now });
  site.replaceData(smallSiteData());
  return site;
}

export async function getJson(
  site: JsmSite,
  path: string,
  caller: Parameters<JsmSite['fetch']>[2] = { as: 'app' },
  init?: RequestInit,
  // Tests read deep into JSON answers; a precise type per path would only restate the assertions.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await site.fetch(path, init, caller);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}
