import { z } from 'zod';

/** How many recent answers an agent sees for a customer. */
export const RECENT_ANSWERS = 5;
/** Surveys remembered per customer for the throttle (the throttle needs only the latest). */
const SURVEYED_KEPT = 10;

const at = z.iso.datetime({ offset: true });

/**
 * What the app keeps per customer: the surveys they were sent (for the throttle) and their last
 * answers, newest first (for the agent's view). A survey withdrawn before its invitation went
 * out is removed again, so a fix that did not hold does not use up the customer's throttle.
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
});

export type CustomerState = z.infer<typeof customerStateSchema>;
export type RecentAnswer = CustomerState['recent'][number];

export const emptyCustomer = (accountId: string): CustomerState => ({ accountId, surveyed: [], recent: [] });

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
  return { ...customer, surveyed: [...others, { surveyId, at }].slice(-SURVEYED_KEPT) };
}

export function withoutSurveyed(customer: CustomerState, surveyId: string): CustomerState {
  return { ...customer, surveyed: customer.surveyed.filter((entry) => entry.surveyId !== surveyId) };
}

export function withRecentAnswer(customer: CustomerState, answer: RecentAnswer): CustomerState {
  const others = customer.recent.filter((recent) => recent.surveyId !== answer.surveyId);
  return { ...customer, recent: [answer, ...others].slice(0, RECENT_ANSWERS) };
}
