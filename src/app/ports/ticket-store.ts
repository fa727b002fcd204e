import type { Fact } from '../../domain/facts/ticket-facts';
import type { CustomerState } from '../../domain/ticket/customer-state';
import type { TicketState } from '../../domain/ticket/ticket-state';

/** A stored value with the version it was read at; version 0 means "not stored yet". */
export interface Versioned<T> {
  value: T;
  version: number;
}

export interface TicketChange {
  ticket: Versioned<TicketState>;
  customer?: Versioned<CustomerState>;
  /** Facts to write and remove with the ticket; their days are marked for a rebuild. */
  facts?: { write: Fact[]; remove: Fact[] };
}

/**
 * Tickets and customers, updated optimistically: `commit` writes every part at once only if each
 * is still at the version it was read at, and answers `conflict` otherwise, so the caller re-reads
 * and re-decides. Nothing is ever half-written.
 */
export interface TicketStore {
  /**
   * The ticket and, when `customerId` is given, that customer's record.
   *
   * @param accountsToName accounts the caller's change is likely to name on the ticket (an event's
   * actor, the reporter, the assignee). Every account a ticket names must be known to the
   * personal-data report, so a commit naming one for the first time registers it, which takes the
   * account's registry entry: read with the ticket, it costs no request of its own. Only a guess:
   * an account left out is read at commit, one named in vain is a wasted item.
   */
  load(
    issueId: string,
    customerId?: string | null,
    accountsToName?: readonly string[],
  ): Promise<{ ticket: Versioned<TicketState | null>; customer: Versioned<CustomerState | null> | null }>;
  loadCustomer(accountId: string): Promise<Versioned<CustomerState | null>>;
  commit(change: TicketChange): Promise<'committed' | 'conflict'>;
  /**
   * Tickets of a project whose latest answer falls in [fromMinute, toMinute] (minutes since the
   * epoch), newest first, a page at a time.
   */
  answeredBetween(
    projectKey: string,
    fromMinute: number,
    toMinute: number,
    cursor?: string,
  ): Promise<{ tickets: TicketState[]; cursor?: string }>;
  /** Issue ids whose next survey action falls at or before this minute, earliest first, a page at a time. */
  dueTickets(
    nowMinute: number,
    limit: number,
    cursor?: string,
  ): Promise<{ issueIds: string[]; cursor?: string }>;
}
