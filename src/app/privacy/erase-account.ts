import { factChanges, ticketFacts } from '../../domain/facts/ticket-facts';
import { linkedIssues } from '../../domain/ticket/customer-state';
import type { RollupQueue } from '../ports/rollup-queue';
import type { TicketStore } from '../ports/ticket-store';
import { COMMIT_ATTEMPTS, conflict, done, StillChanging, untilCommitted } from '../survey/optimistic';
import { anonymiseTicket } from './anonymise-ticket';
import type { StoredAccounts } from './ports';

export interface EraseDeps {
  tickets: TicketStore;
  accounts: StoredAccounts;
  rollups: RollupQueue;
}

/**
 * Removes a closed account from the app: its identity from every ticket its record links to,
 * then the record itself. Each ticket is re-read and committed at the version read, so a survey
 * answered or swept meanwhile is kept (a conflict re-reads and anonymises again). The record is
 * deleted only if unchanged since its links were read: a resolution or answer that linked a new
 * ticket meanwhile makes the delete conflict, and the new ticket is cleaned on the next round.
 * Answers how many tickets were changed.
 */
export async function eraseAccount(deps: EraseDeps, accountId: string, timeZone: string): Promise<number> {
  let changed = 0;
  for (let attempt = 1; attempt <= COMMIT_ATTEMPTS; attempt += 1) {
    const customer = await deps.tickets.loadCustomer(accountId);
    if (!customer.value) return changed;
    for (const issueId of linkedIssues(customer.value)) {
      if (await anonymiseIn(deps, issueId, accountId, timeZone)) changed += 1;
    }
    if ((await deps.accounts.deleteAccount(accountId, customer.version)) === 'deleted') return changed;
  }
  throw new StillChanging('The record of a closed account', COMMIT_ATTEMPTS);
}

/** Anonymises the account in one ticket, with its facts; `false` when the ticket does not name it. */
async function anonymiseIn(
  deps: EraseDeps,
  issueId: string,
  accountId: string,
  timeZone: string,
): Promise<boolean> {
  return untilCommitted(async () => {
    const { ticket } = await deps.tickets.load(issueId);
    if (!ticket.value) return done(false);
    const next = anonymiseTicket(ticket.value, accountId);
    if (next === ticket.value) return done(false);
    // Facts carry the respondent (and the agent in their attribution): compare them with their
    // own attribution on each side, so a changed agent rewrites the days it appears on too.
    const facts = factChanges(
      ticketFacts(ticket.value, ticket.value.dimensions, timeZone),
      ticketFacts(next, next.dimensions, timeZone),
    );
    const committed = await deps.tickets.commit({ ticket: { value: next, version: ticket.version }, facts });
    if (committed === 'conflict') return conflict;
    const days = [...facts.write, ...facts.remove].map(({ projectKey, day }) => ({ projectKey, day }));
    if (days.length > 0) {
      await deps.rollups
        .schedule(days)
        .catch((error: unknown) =>
          console.warn('Rollup request after anonymising failed; the hourly rebuild will catch up:', error),
        );
    }
    return done(true);
  });
}
