import { z } from 'zod';
import { customerNpsSchema, EMPTY_CUSTOMER_NPS } from '../nps/nps-cycle';

/** How many recent answers an agent sees for a customer. */
export const RECENT_ANSWERS = 5;
/** Surveys remembered per customer for the throttle (the throttle needs only the latest). */
const SURVEYED_KEPT = 10;
/**
 * Tickets remembered per customer for the personal-data report (see `linkedIssues`). A customer
 * is surveyed at most once per throttle period, so 500 covers years of surveys in about 4 KB.
 */
export const LINKED_ISSUES_KEPT = 500;

const at = z.iso.datetime({ offset: true });

/**
 * What the app keeps per customer: the surveys they were sent (for the throttle) and their last
 * answers, newest first (for the agent's view). A survey withdrawn before its invitation went
 * out is removed again, so a fix that did not hold does not use up the customer's throttle.
 * `issues` lists the tickets whose records name this account (oldest first), so that when the
 * account is closed its identity can be removed from them without scanning every ticket.
 */
export const customerStateSchema = z.object({
  accountId: z.string(),
  surveyed: z.array(z.object({ surveyId: z.string(), at })),
  recent: z.array(
    z.object({
      ticketKey: z.string(),
      surveyId: z.string(),
      answeredAt: at,
      ces: z.number().int().nullable(),
      csat: z.number().int().nullable(),
    }),
  ),
  /** Absent on records written before the personal-data report existed. */
  issues: z.array(z.string()).default([]),
  /** The relationship survey's part (domain/nps); absent on records written before NPS was asked. */
  nps: customerNpsSchema.prefault({}),
});

export type CustomerState = z.infer<typeof customerStateSchema>;
export type RecentAnswer = CustomerState['recent'][number];

export const emptyCustomer = (accountId: string): CustomerState => ({
  accountId,
  surveyed: [],
  recent: [],
  issues: [],
  nps: EMPTY_CUSTOMER_NPS,
});

/** The issue id inside a survey id (`<issueId>:<changelogId>`, see `surveyId` in domain/survey). */
function issueOfSurvey(surveyId: string): string {
  const colon = surveyId.indexOf(':');
  return colon === -1 ? surveyId : surveyId.slice(0, colon);
}

/** Remembers that the ticket names this account (most recent last, bounded). */
export function withLinkedIssue(customer: CustomerState, issueId: string): CustomerState {
  if (customer.issues.at(-1) === issueId) return customer;
  const others = customer.issues.filter((issue) => issue !== issueId);
  return { ...customer, issues: [...others, issueId].slice(-LINKED_ISSUES_KEPT) };
}

/**
 * Every ticket known to name this account: the linked ones, and those of the surveys and answers
 * still listed (records from before `issues` existed carry only those).
 */
export function linkedIssues(customer: CustomerState): string[] {
  const surveys = [...customer.surveyed, ...customer.recent].map(({ surveyId }) => issueOfSurvey(surveyId));
  return [...new Set([...customer.issues, ...surveys])];
}

/**
 * When the app last stored something about this account (its latest survey or answer), as the
 * personal-data report asks; the epoch when nothing dated is left.
 */
export function lastStoredAt(customer: CustomerState): string {
  const dates = [
    ...customer.surveyed.map(({ at }) => at),
    ...customer.recent.map(({ answeredAt }) => answeredAt),
  ];
  const latest = dates.reduce((max, at) => Math.max(max, Date.parse(at)), 0);
  return new Date(latest).toISOString();
}

/** When the customer was last sent a survey, for the throttle; `null` if never. */
export function lastSurveyedAt(customer: CustomerState | null): Date | null {
  const latest = customer?.surveyed.reduce<string | null>(
    (max, { at }) => (max === null || at > max ? at : max),
    null,
  );
  return latest ? new Date(latest) : null;
}

export function withSurveyed(customer: CustomerState, surveyId: string, at: string): CustomerState {
  const others = customer.surveyed.filter((entry) => entry.surveyId !== surveyId);
  const linked = withLinkedIssue(customer, issueOfSurvey(surveyId));
  return { ...linked, surveyed: [...others, { surveyId, at }].slice(-SURVEYED_KEPT) };
}

export function withoutSurveyed(customer: CustomerState, surveyId: string): CustomerState {
  return { ...customer, surveyed: customer.surveyed.filter((entry) => entry.surveyId !== surveyId) };
}

export function withRecentAnswer(customer: CustomerState, answer: RecentAnswer): CustomerState {
  const others = customer.recent.filter((recent) => recent.surveyId !== answer.surveyId);
  const linked = withLinkedIssue(customer, issueOfSurvey(answer.surveyId));
  return { ...linked, recent: [answer, ...others].slice(0, RECENT_ANSWERS) };
}
