import type { UserRecord } from '../model';
import type { SiteStore } from '../site-store';
import { AUTOMATION_ACCOUNT_ID, DESKS, LOCALES, ORGANIZATIONS, REQUEST_TYPES, TEAMS } from './directory';
import type { Random } from './prng';

/** The team whose newest agent has no team set in Jira (the seeded site's deliberate gap). */
export const NEWCOMER_TEAM = 'Service Desk L1';

/** The seeded site's desks, request types, organizations, agents (in teams) and customers. */

export interface People {
  agentsByTeam: Map<string, UserRecord[]>;
  customers: UserRecord[];
  customersByOrg: Map<string, UserRecord[]>;
}

export function populate(store: SiteStore, random: Random): People {
  const { data } = store;
  for (const desk of DESKS) {
    data.desks.push({
      projectId: desk.projectId,
      key: desk.key,
      name: desk.name,
      serviceDeskId: desk.serviceDeskId,
      portalId: desk.serviceDeskId,
      issueCounter: 0,
    });
  }
  const deskId = (key: string) => DESKS.find((desk) => desk.key === key)?.serviceDeskId ?? '';
  for (const type of REQUEST_TYPES) {
    data.requestTypes.push({
      id: type.id,
      serviceDeskId: deskId(type.desk),
      name: type.name,
      description: `${type.name} (${type.kind === 'incident' ? 'something is broken' : 'ask for something'})`,
      kind: type.kind,
    });
  }
  for (const org of ORGANIZATIONS) {
    data.organizations.push({ id: org.id, name: org.name, serviceDeskIds: org.desks.map(deskId) });
  }
  store.addUser({
    accountId: AUTOMATION_ACCOUNT_ID,
    accountType: 'app',
    displayName: 'Automation for Jira',
    emailAddress: '',
    timeZone: 'UTC',
    locale: 'en_US',
    active: true,
  });

  const agentsByTeam = new Map<string, UserRecord[]>();
  let agentNumber = 0;
  for (const team of TEAMS) {
    const members: UserRecord[] = [];
    for (let index = 0; index < team.size; index++) {
      agentNumber += 1;
      const locale = LOCALES[0] ?? random.pick(LOCALES);
      const name = `${random.pick(locale.first)} ${random.pick(locale.last)}`;
      const agent: UserRecord = {
        accountId: `5f00agent${String(agentNumber).padStart(4, '0')}`,
        accountType: 'atlassian',
        displayName: name,
        emailAddress: `agent${agentNumber}@cx-metrics.example`,
        timeZone: 'Europe/London',
        locale: 'en_GB',
        active: true,
        // A deliberate data gap: L1's newest agent has no team in Jira yet, so the tickets they
        // resolve have an empty Team field and the data-quality view has a gap to name.
        ...(team.name === NEWCOMER_TEAM && index === team.size - 1 ? {} : { team: team.name }),
        serviceDeskIds: [deskId(team.desk)],
        // One L2 lead administers the site.
        admin: team.name === 'Service Desk L2' && index === 0,
      };
      store.addUser(agent);
      members.push(agent);
    }
    agentsByTeam.set(team.name, members);
  }

  const customers: UserRecord[] = [];
  const customersByOrg = new Map<string, UserRecord[]>();
  const customerCount = 320;
  for (let number = 1; number <= customerCount; number++) {
    const locale = random.weighted(LOCALES.map((spec) => [spec, spec.weight] as const));
    const org = random.weighted(ORGANIZATIONS.map((spec) => [spec, spec.weight] as const));
    const first = random.pick(locale.first);
    const last = random.pick(locale.last);
    const customer: UserRecord = {
      accountId: `qm:customer:${String(number).padStart(5, '0')}`,
      accountType: 'customer',
      displayName: `${first} ${last}`,
      emailAddress: `${first}.${last}.${number}@customer.example`
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase(),
      timeZone: locale.timeZone,
      locale: locale.locale,
      active: true,
      organizationId: org.id,
    };
    store.addUser(customer);
    customers.push(customer);
    customersByOrg.set(org.id, [...(customersByOrg.get(org.id) ?? []), customer]);
  }
  return { agentsByTeam, customers, customersByOrg };
}
