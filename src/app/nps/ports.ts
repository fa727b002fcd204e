import type { Fact } from '../../domain/facts/ticket-facts';
import type { NpsFollowUp } from '../../domain/nps/nps-follow-up';
import type { SurveySettings } from '../../domain/settings/survey-settings';
import type { CustomerState } from '../../domain/ticket/customer-state';
import type { TicketState } from '../../domain/ticket/ticket-state';
import type { Versioned } from '../ports/ticket-store';

export interface NpsChange {
  /** The person's record, written only if still at the version read. */
  customer: Versioned<CustomerState>;
  /** The cycle's facts; their days are marked for a rebuild in the same transaction. */
  facts: Fact[];
  /** A follow-up to write, at the version read (0: it must not exist yet). */
  followUp?: Versioned<NpsFollowUp>;
}

/**
 * Where the relationship survey keeps its state: the `customer` entity (the person's cycle),
 * the cycle's facts, and the `nps-follow-up` entity. Every change is one all-or-nothing
 * transaction conditioned on the versions read.
 */
export interface NpsStore {
  /** One read (a batch): the settings in force and the person's record. */
  loadForPrompt(
    accountId: string,
  ): Promise<{ settings: SurveySettings; customer: Versioned<CustomerState | null> }>;
  /** One read: the person's record and the ticket of their latest resolved request. */
  loadWithAnchor(
    accountId: string,
    issueId: string,
  ): Promise<{ customer: Versioned<CustomerState | null>; anchor: TicketState | null }>;
  commit(change: NpsChange): Promise<'committed' | 'conflict'>;
  loadFollowUp(id: string): Promise<Versioned<NpsFollowUp | null>>;
  saveFollowUp(followUp: Versioned<NpsFollowUp>): Promise<'committed' | 'conflict'>;
  /** Follow-ups, newest first, a page at a time. */
  recentFollowUps(limit: number, cursor?: string): Promise<{ items: NpsFollowUp[]; cursor?: string }>;
}
