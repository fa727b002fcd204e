import { ticketFacts } from '../../domain/facts/ticket-facts';
import { rewriteFacts, rewriteTicket, type AccountRewrite } from '../../domain/privacy/rewrite-account';
import type { ProjectDay } from '../ports/aggregate-store';
import type { TicketStore } from '../ports/ticket-store';
import { eraseNpsFollowUps } from '../nps/nps-follow-ups';
import type { NpsStore } from '../nps/ports';
import { conflict, done, untilCommitted } from '../survey/optimistic';
import type { AccountRegistry, PendingRewrite } from './ports';

export interface RewriteDeps {
  tickets: TicketStore;
  /** Where NPS follow-ups are kept: a closed account's are rewritten before its record goes. */
  nps?: NpsStore;
  accounts: AccountRegistry;
  now: () => Date;
}

/** Tickets rewritten per page of links. */
const PAGE = 25;

const rewriteOf = (work: PendingRewrite): AccountRewrite =>
  work.kind === 'close' ? { kind: 'close', standIn: work.standIn } : { kind: 'rename', name: work.name };

/**
 * Rewrites the account in one ticket and in the facts stored for it, in one transaction at the
 * version read (a conflict re-reads and rewrites again). The days whose facts changed are marked
 * for a rebuild by that transaction and returned, so their aggregates can be asked for at once.
 */
export async function rewriteInTicket(
  deps: RewriteDeps,
  issueId: string,
  accountId: string,
  rewrite: AccountRewrite,
  timeZone: string,
): Promise<ProjectDay[]> {
  return untilCommitted(async () => {
    const { ticket } = await deps.tickets.load(issueId);
    if (!ticket.value) return done([]);
    const next = rewriteTicket(ticket.value, accountId, rewrite);
    // The days the ticket has facts on; their stored copies are rewritten, not derived again.
    const days = ticketFacts(ticket.value, ticket.value.dimensions, timeZone).map(({ day }) => day);
    const stored = await deps.accounts.storedFacts(ticket.value.projectKey, issueId, days);
    const write = stored
      .map((facts) => rewriteFacts(facts, accountId, rewrite))
      .filter((facts, i) => facts !== stored[i]);
    if (next === ticket.value && write.length === 0) return done([]);
    const committed = await deps.tickets.commit({
      ticket: { value: next, version: ticket.version },
      facts: { write, remove: [] },
    });
    if (committed === 'conflict') return conflict;
    return done(write.map(({ projectKey, day }) => ({ projectKey, day })));
  });
}

export interface RewriteProgress {
  /** The work left, or `null` when the account is done. */
  work: PendingRewrite | null;
  tickets: number;
  days: ProjectDay[];
}

/**
 * Advances one account's rewrite until `deadline`, a page of its tickets at a time.
 * - `close`: the tickets a customer record lists from before links existed, then every linked
 *   ticket; each page's links are dropped once its tickets are rewritten, so the walk resumes at
 *   the first link left and also picks up a ticket linked meanwhile. When no link is left, the
 *   account's registry entry and customer record are removed.
 * - `rename`: every linked ticket in id order from `after`; the links stay. When done, the
 *   registry keeps the new name, dated when the rename started, so a change made meanwhile is
 *   reported again.
 */
export async function advanceRewrite(
  deps: RewriteDeps,
  work: PendingRewrite,
  timeZone: string,
  deadline: Date,
): Promise<RewriteProgress> {
  const rewrite = rewriteOf(work);
  const progress: RewriteProgress = { work, tickets: 0, days: [] };
  const rewriteAll = async (issueIds: readonly string[]) => {
    for (const issueId of issueIds) {
      progress.days.push(...(await rewriteInTicket(deps, issueId, work.accountId, rewrite, timeZone)));
      progress.tickets += 1;
    }
  };
  if (work.kind === 'close') {
    if (deps.now() >= deadline) return progress;
    await rewriteAll(await deps.accounts.legacyLinkedIssues(work.accountId));
    for (;;) {
      if (deps.now() >= deadline) return progress;
      const issueIds = await deps.accounts.linkedIssues(work.accountId, null, PAGE);
      if (issueIds.length === 0) break;
      await rewriteAll(issueIds);
      await deps.accounts.unlink(work.accountId, issueIds);
    }
    if (deps.nps) await eraseNpsFollowUps(deps.nps, work.accountId, work.standIn.id);
    await deps.accounts.remove(work.accountId);
    return { ...progress, work: null };
  }
  let after = work.after;
  for (;;) {
    if (deps.now() >= deadline) return { ...progress, work: { ...work, after } };
    const issueIds = await deps.accounts.linkedIssues(work.accountId, after, PAGE);
    if (issueIds.length === 0) break;
    await rewriteAll(issueIds);
    after = issueIds.at(-1)!;
  }
  await deps.accounts.save({ accountId: work.accountId, displayName: work.name, updatedAt: work.startedAt });
  return { ...progress, work: null };
}
