import type { IncidentLog } from './incident-log';

/** How a person was touched by the incident, which also says where their invitation is posted. */
export type AffectedVia = 'linked-request' | 'reporter' | 'participant' | 'organization';

/**
 * One affected person. `ticketId` is where they are invited and answer: their linked request, or
 * the incident itself for its reporter, participants and organisation members.
 */
export interface AffectedPerson {
  accountId: string;
  via: AffectedVia;
  ticketId: string;
}

/**
 * Everyone the incident touched, each once. A person reached several ways is asked on their own
 * linked request (the conversation they started), else on the incident; members of the
 * incident's organisations count only when the administrator opts in.
 *
 * `organizationMembers` maps an organisation name to its members' account ids (what the service
 * desk lists); organisations not in it add nobody.
 */
export function affectedPeople(
  log: IncidentLog,
  options: {
    includeOrganizations: boolean;
    organizationMembers?: Readonly<Record<string, readonly string[]>>;
  },
): AffectedPerson[] {
  const byAccount = new Map<string, AffectedPerson>();
  const add = (accountId: string | null | undefined, via: AffectedVia, ticketId: string) => {
    if (accountId == null || accountId === '' || byAccount.has(accountId)) return;
    byAccount.set(accountId, { accountId, via, ticketId });
  };
  for (const request of log.linked) add(request.reporter, 'linked-request', request.id);
  add(log.reporter, 'reporter', log.id);
  for (const participant of log.participants) add(participant, 'participant', log.id);
  if (options.includeOrganizations) {
    for (const organization of log.organizations) {
      for (const member of options.organizationMembers?.[organization] ?? [])
        add(member, 'organization', log.id);
    }
  }
  return [...byAccount.values()];
}
