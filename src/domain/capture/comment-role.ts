import type { EpochMs } from '../records/instant';
import type { JiraCommentPart } from './jira-shapes';

/** Who is who on a ticket, as far as its comments are concerned. */
export interface CommentContext {
  /** The reporter's account id; `null` when the ticket has none. */
  reporter: string | null;
  /** Participants (they speak for the customer too), when known. */
  participantIds?: readonly string[];
  /** Accounts whose comments are automation even though Jira lists them as people. */
  automationAccountIds?: readonly string[];
}

/** What one comment means for the ticket's figures. */
export type CommentRole =
  | { role: 'response'; at: EpochMs; by: 'human' | 'automation' }
  | { role: 'contact'; at: EpochMs }
  | { role: 'none'; reason: 'internal' | 'no author' };

/**
 * Tells a desk's public response from a customer's contact.
 *
 * - Only comments the customer can see count: `jsdPublic` not false and no role/group restriction.
 * - The reporter's and participants' public comments are customer contact (follow-ups once
 *   the ticket is resolved); anyone else's is a response to the customer.
 * - A response is `automation` when its author is an app account (Jira Automation, other apps)
 *   or one of `automationAccountIds`, otherwise `human`.
 *
 * Empty input: a comment without an author cannot be told apart and means nothing (`none`).
 */
export function commentRole(comment: JiraCommentPart, context: CommentContext): CommentRole {
  if (comment.jsdPublic === false || comment.visibility) return { role: 'none', reason: 'internal' };
  const author = comment.author;
  if (!author) return { role: 'none', reason: 'no author' };
  if (author.accountId === context.reporter || context.participantIds?.includes(author.accountId)) {
    return { role: 'contact', at: comment.created };
  }
  const automated =
    author.accountType === 'app' || (context.automationAccountIds ?? []).includes(author.accountId);
  return { role: 'response', at: comment.created, by: automated ? 'automation' : 'human' };
}
