import { z } from 'zod';
import { commentRole, type CommentContext, type CommentRole } from './comment-role';
import { commentSchema, jiraUserSchema, reasonOf } from './jira-shapes';
import { emptyObservation, type TicketObservation } from './observation';

/** The parts of `avi:jira:commented:issue` read here: the issue, its reporter, the comment. */
export const commentedEventSchema = z.object({
  issue: z.object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    fields: z.object({ reporter: jiraUserSchema.nullish() }).partial().default({}),
  }),
  comment: commentSchema,
});

export type ObservationResult = { ok: true; observation: TicketObservation } | { ok: false; reason: string };

/**
 * What one comment tells about its ticket: a first-response candidate, or a customer contact
 * (see `commentRole`). The reporter comes from the event's issue fields, or from
 * `context.reporter` when the payload leaves it out.
 *
 * Empty and invalid input: a payload without an issue id or a comment time, or whose reporter is
 * unknown (the comment could not be told apart), is refused; an internal comment gives an
 * observation that says nothing.
 */
export function observationFromComment(
  event: unknown,
  context: Omit<CommentContext, 'reporter'> & { reporter?: string | null } = {},
): ObservationResult {
  const parsed = commentedEventSchema.safeParse(event);
  if (!parsed.success) return { ok: false, reason: reasonOf(parsed.error) };
  const { issue, comment } = parsed.data;
  const fromEvent = issue.fields.reporter;
  const reporter = fromEvent !== undefined ? (fromEvent?.accountId ?? null) : context.reporter;
  if (reporter === undefined) return { ok: false, reason: `issue ${issue.id}: reporter unknown` };
  return {
    ok: true,
    observation: commentObservation(issue.id, commentRole(comment, { ...context, reporter })),
  };
}

/** The observation of one comment of a ticket, given what the comment means (`commentRole`). */
export function commentObservation(issueId: string, role: CommentRole): TicketObservation {
  const observation = emptyObservation(issueId);
  if (role.role === 'contact') observation.contactsAt = [role.at];
  if (role.role === 'response') observation.firstResponse = { at: role.at, by: role.by };
  return observation;
}
