import type { Dimensions } from '../facts/dimensions';
import type { Fact } from '../facts/ticket-facts';
import type { CanonicalRecordInput } from '../records/canonical';
import type { TicketState } from '../ticket/ticket-state';
import { ANONYMISED } from './accounts-named';

/**
 * What the personal-data report asks of one account:
 * - `close`: the account is gone; its id leaves every record. Where it owns figures (the agent a
 *   ticket is attributed to) it becomes the account's stand-in (`formerUser`), so the breakdown row
 *   keeps its figures; everywhere else (who resolved, answered, followed up) the shared
 *   `anonymised`. What the person wrote (survey comments) goes with the identity.
 * - `rename`: the account's display name changed; the name stored with its attribution is replaced.
 */
export type AccountRewrite =
  { kind: 'close'; standIn: { id: string; name: string } } | { kind: 'rename'; name: string };

function rewriteAgent(dimensions: Dimensions, accountId: string, rewrite: AccountRewrite): Dimensions {
  const agent = dimensions.agent;
  if (agent?.id !== accountId) return dimensions;
  const next = rewrite.kind === 'close' ? rewrite.standIn : { id: accountId, name: rewrite.name };
  return next.id === agent.id && next.name === agent.name ? dimensions : { ...dimensions, agent: next };
}

/**
 * The ticket with the account rewritten. Scores, dates and states stay, so no figure changes; only
 * who. Returns the same object when nothing changes.
 */
export function rewriteTicket(ticket: TicketState, accountId: string, rewrite: AccountRewrite): TicketState {
  const dimensions = rewriteAgent(ticket.dimensions, accountId, rewrite);
  if (rewrite.kind === 'rename') return dimensions === ticket.dimensions ? ticket : { ...ticket, dimensions };
  const named = (id: string | null) => id === accountId;
  const swap = (id: string | null) => (named(id) ? ANONYMISED : id);
  const attribution = ticket.observation?.attribution;
  const touched =
    dimensions !== ticket.dimensions ||
    ticket.events.some((event) => named(event.by)) ||
    ticket.surveys.some((survey) => named(survey.reporter) || named(survey.answeredBy)) ||
    ticket.answers.some((answer) => named(answer.respondent)) ||
    ticket.followUps.some((followUp) => named(followUp.doneBy)) ||
    named(ticket.jsmFeedback?.respondent ?? null) ||
    named(attribution?.assignee?.value ?? null) ||
    named(attribution?.reporter?.value ?? null);
  if (!touched) return ticket;
  return {
    ...ticket,
    dimensions,
    events: ticket.events.map((event) => (named(event.by) ? { ...event, by: ANONYMISED } : event)),
    surveys: ticket.surveys.map((survey) =>
      named(survey.reporter) || named(survey.answeredBy)
        ? { ...survey, reporter: swap(survey.reporter), answeredBy: swap(survey.answeredBy) }
        : survey,
    ),
    // Free text the person wrote can name them (a signature, an address) and cannot be cleaned
    // reliably, so the comment goes; the scores stay.
    answers: ticket.answers.map((answer) =>
      named(answer.respondent) ? { ...answer, respondent: ANONYMISED, comment: null } : answer,
    ),
    followUps: ticket.followUps.map((followUp) =>
      named(followUp.doneBy) ? { ...followUp, doneBy: ANONYMISED } : followUp,
    ),
    jsmFeedback:
      ticket.jsmFeedback && named(ticket.jsmFeedback.respondent)
        ? { ...ticket.jsmFeedback, respondent: ANONYMISED, comment: null }
        : ticket.jsmFeedback,
    observation: ticket.observation && {
      ...ticket.observation,
      attribution: Object.fromEntries(
        Object.entries(ticket.observation.attribution).map(([field, seen]) => [
          field,
          seen && (field === 'assignee' || field === 'reporter') && named(seen.value)
            ? { ...seen, value: ANONYMISED }
            : seen,
        ]),
      ),
    },
  };
}

function rewriteRecord(record: CanonicalRecordInput, accountId: string): CanonicalRecordInput {
  if (record.type === 'response' && record.respondent === accountId) {
    return { ...record, respondent: ANONYMISED, ...('comment' in record ? { comment: null } : {}) };
  }
  if (record.type === 'ticket' && (record.assignee === accountId || record.reporter === accountId)) {
    return {
      ...record,
      ...(record.assignee === accountId ? { assignee: ANONYMISED } : {}),
      ...(record.reporter === accountId ? { reporter: ANONYMISED } : {}),
    };
  }
  return record;
}

/**
 * One day's stored facts of a ticket with the account rewritten in place. The stored facts are
 * rewritten rather than derived again from the ticket: a day's facts keep the attribution they
 * were written with (a ticket reassigned later does not move its earlier days), and rewriting
 * keeps every record in the bucket it was counted in, so every figure, per row and in total, stays.
 * Returns the same object when nothing changes.
 */
export function rewriteFacts(facts: Fact, accountId: string, rewrite: AccountRewrite): Fact {
  const dimensions = rewriteAgent(facts.dimensions, accountId, rewrite);
  const records =
    rewrite.kind === 'close'
      ? facts.records.map((record) => rewriteRecord(record, accountId))
      : facts.records;
  const changed = dimensions !== facts.dimensions || records.some((record, i) => record !== facts.records[i]);
  return changed ? { ...facts, dimensions, records } : facts;
}
