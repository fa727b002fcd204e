import type { TicketState } from '../../domain/ticket/ticket-state';

/** What replaces a closed account's id wherever a ticket names it. */
export const ANONYMISED = 'anonymised';
const ANONYMISED_NAME = 'Former user';

/** Whether any field of the ticket that holds an account id holds this one. */
export function namesAccount(ticket: TicketState, accountId: string): boolean {
  return (
    ticket.events.some((event) => event.by === accountId) ||
    ticket.surveys.some((survey) => survey.reporter === accountId || survey.answeredBy === accountId) ||
    ticket.answers.some((answer) => answer.respondent === accountId) ||
    ticket.followUps.some((followUp) => followUp.doneBy === accountId) ||
    ticket.dimensions.agent?.id === accountId ||
    ticket.jsmFeedback?.respondent === accountId ||
    Object.values(ticket.observation?.attribution ?? {}).some((seen) => seen?.value === accountId)
  );
}

/**
 * The ticket with a closed account's identity removed: every field holding its id (who resolved
 * or reopened, the survey's reporter and respondent, who marked a follow-up done, the agent the
 * figures are attributed to) holds the placeholder instead. Scores, dates and states stay, so
 * the metrics do not change; only who is gone. Returns the same object when nothing names it.
 */
export function anonymiseTicket(ticket: TicketState, accountId: string): TicketState {
  if (!namesAccount(ticket, accountId)) return ticket;
  const swap = (id: string | null) => (id === accountId ? ANONYMISED : id);
  const agent = ticket.dimensions.agent;
  return {
    ...ticket,
    events: ticket.events.map((event) => (event.by === accountId ? { ...event, by: ANONYMISED } : event)),
    surveys: ticket.surveys.map((survey) =>
      survey.reporter === accountId || survey.answeredBy === accountId
        ? { ...survey, reporter: swap(survey.reporter), answeredBy: swap(survey.answeredBy) }
        : survey,
    ),
    // The comment goes with the identity: free text the person wrote can name them (a signature,
    // an email address, a phone number) and cannot be cleaned reliably. The scores stay.
    answers: ticket.answers.map((answer) =>
      answer.respondent === accountId ? { ...answer, respondent: ANONYMISED, comment: null } : answer,
    ),
    followUps: ticket.followUps.map((followUp) =>
      followUp.doneBy === accountId ? { ...followUp, doneBy: ANONYMISED } : followUp,
    ),
    dimensions:
      agent?.id === accountId
        ? { ...ticket.dimensions, agent: { id: ANONYMISED, name: ANONYMISED_NAME } }
        : ticket.dimensions,
    jsmFeedback:
      ticket.jsmFeedback?.respondent === accountId
        ? { ...ticket.jsmFeedback, respondent: ANONYMISED, comment: null }
        : ticket.jsmFeedback,
    // The process-metrics observation names the reporter and assignee in its attribution.
    observation: ticket.observation && {
      ...ticket.observation,
      attribution: Object.fromEntries(
        Object.entries(ticket.observation.attribution).map(([field, seen]) => [
          field,
          seen?.value === accountId ? { ...seen, value: ANONYMISED } : seen,
        ]),
      ),
    },
  };
}
