import type { AgentTicketResult } from '../../contract/survey';
import { answerOf, currentSurvey, type TicketState } from '../../domain/ticket/ticket-state';
import type { CustomerState } from '../../domain/ticket/customer-state';
import { AppError } from '../errors';
import type { ServiceDesk } from '../ports/service-desk';
import type { TicketStore } from '../ports/ticket-store';
import { conflict, done, untilCommitted } from './optimistic';
import { answeringHabit } from '../../domain/survey/answering-habit';

type Deps = { tickets: TicketStore; desk: ServiceDesk; now: () => Date };

const name = async (desk: ServiceDesk, accountId: string) =>
  (await desk.userProfile(accountId))?.displayName ?? 'Unknown user';

/** The agent's view of a ticket: the survey of its latest resolution, the answer, the customer's recent answers. */
export async function readTicketResult(
  deps: Deps,
  issue: { id: string; key: string },
): Promise<AgentTicketResult> {
  const { ticket } = await deps.tickets.load(issue.id);
  return present(deps, issue.key, ticket.value);
}

/** Marks the latest answer's low-score follow-up as done by the agent (who and when are kept). */
export async function markFollowUpDone(
  deps: Deps,
  issue: { id: string; key: string },
  agentAccountId: string,
): Promise<AgentTicketResult> {
  const state = await untilCommitted(async () => {
    const { ticket } = await deps.tickets.load(issue.id);
    const survey = ticket.value ? currentSurvey(ticket.value) : null;
    const followUp = survey
      ? ticket.value?.followUps.find((candidate) => candidate.surveyId === survey.id)
      : undefined;
    if (!ticket.value || !followUp) throw new AppError('NOT_FOUND', 'This ticket has no follow-up to mark.');
    if (followUp.doneAt) return done(ticket.value); // already done: the first agent's mark stands
    const next: TicketState = {
      ...ticket.value,
      followUps: ticket.value.followUps.map((candidate) =>
        candidate === followUp
          ? { ...candidate, doneBy: agentAccountId, doneAt: deps.now().toISOString() }
          : candidate,
      ),
    };
    const committed = await deps.tickets.commit({ ticket: { value: next, version: ticket.version } });
    return committed === 'conflict' ? conflict : done(next);
  });
  return present(deps, issue.key, state);
}

async function present(deps: Deps, issueKey: string, ticket: TicketState | null): Promise<AgentTicketResult> {
  const survey = ticket ? currentSurvey(ticket) : null;
  const stored = ticket && survey ? answerOf(ticket, survey.id) : null;
  const followUp =
    ticket && survey
      ? (ticket.followUps.find((candidate) => candidate.surveyId === survey.id) ?? null)
      : null;
  const customerId = stored?.respondent ?? survey?.reporter ?? null;
  const customer: CustomerState | null = customerId
    ? (await deps.tickets.loadCustomer(customerId)).value
    : null;
  return {
    issueKey,
    survey: survey && {
      id: survey.id,
      state: survey.state,
      skipReason: survey.skipReason,
      late: survey.late,
      cycle: survey.cycle,
      resolvedAt: survey.resolvedAt,
      dueAt: survey.dueAt,
      invitedAt: survey.invitedAt,
      remindedAt: survey.remindedAt,
      expiresAt: survey.expiresAt,
      answeredAt: survey.answeredAt,
      timeline: survey.timeline,
      failure: survey.failure ?? null,
    },
    answer: stored && {
      ces: stored.ces,
      csat: stored.csat,
      comment: stored.comment,
      answeredAt: stored.answeredAt,
      respondent: {
        accountId: stored.respondent ?? '',
        displayName: stored.respondent ? await name(deps.desk, stored.respondent) : 'Unknown user',
      },
      via: stored.via ?? 'portal',
      after: stored.after ?? 'invitation',
    },
    scales: { ces: { min: 1, max: 7 }, csat: { min: 1, max: 5 } },
    // Earlier surveys still within their answer window are not counted (this ticket's window, else 15 days).
    customerHabit: answeringHabit(customer ?? null, survey?.id ?? null, {
      now: deps.now(),
      openDays:
        survey?.invitedAt && survey.expiresAt
          ? (Date.parse(survey.expiresAt) - Date.parse(survey.invitedAt)) / 86_400_000 + 1
          : 15,
    }),
    customerRecent: (customer?.recent ?? []).map(({ ticketKey, answeredAt, ces, csat }) => ({
      ticketKey,
      answeredAt,
      ces,
      csat,
    })),
    followUp: followUp && {
      needed: followUp.doneAt === null,
      doneBy: followUp.doneBy
        ? { accountId: followUp.doneBy, displayName: await name(deps.desk, followUp.doneBy) }
        : null,
      doneAt: followUp.doneAt,
    },
  };
}
