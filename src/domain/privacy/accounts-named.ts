import type { TicketState } from '../ticket/ticket-state';

/** What replaces a closed account's id wherever a ticket names a person rather than a figure's owner. */
export const ANONYMISED = 'anonymised';
/** The prefix of the stand-in ids that replace closed agents in attributions (see `formerUser`). */
const FORMER = 'former-';

/**
 * The stand-in for one closed account in the figures attributed to it: a random token, not derived
 * from the account id (a hash of an id could be recomputed from the id), used for every ticket and
 * fact of that account, so its breakdown row keeps its figures under a new key and label.
 */
export function formerUser(token: string): { id: string; name: string } {
  return { id: `${FORMER}${token}`, name: `Former user ${token.slice(0, 4)}` };
}

/** Ids the app wrote itself in place of closed accounts: never reported, never erased again. */
export const isStandIn = (accountId: string): boolean =>
  accountId === ANONYMISED || accountId.startsWith(FORMER);

/**
 * Every Atlassian account a ticket's record names, with the display name stored for it, if any.
 * Accounts are named by who resolved or reopened (`events.by`), the survey's reporter and
 * respondent, who marked a follow-up done, JSM's rating's respondent, the reporter and assignee the
 * process metrics were attributed to, and the agent the figures are attributed to — the only one
 * stored with a name (`dimensions.agent`, which the breakdowns label rows with).
 */
export function accountsNamed(ticket: TicketState): Map<string, string | null> {
  const named = new Map<string, string | null>();
  const add = (accountId: string | null | undefined, name: string | null = null) => {
    if (!accountId || isStandIn(accountId)) return;
    named.set(accountId, name ?? named.get(accountId) ?? null);
  };
  ticket.events.forEach((event) => add(event.by));
  ticket.surveys.forEach((survey) => {
    add(survey.reporter);
    add(survey.answeredBy);
  });
  ticket.answers.forEach((answer) => add(answer.respondent));
  ticket.followUps.forEach((followUp) => add(followUp.doneBy));
  add(ticket.jsmFeedback?.respondent);
  // Of the attribution, only the person fields hold account ids (not project, kind, team …).
  add(ticket.observation?.attribution.assignee?.value);
  add(ticket.observation?.attribution.reporter?.value);
  const agent = ticket.dimensions.agent;
  if (agent) add(agent.id, agent.name);
  return named;
}
