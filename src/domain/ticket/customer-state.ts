import { z } from 'zod';

/** How many recent answers an agent sees for a customer. */
export const RECENT_ANSWERS = 5;

const at = z.iso.datetime({ offset: true });

/**
 * What the app keeps per customer: when they were last surveyed (for the throttle) and their
 * last answers, newest first (for the agent's view).
 */
export const customerStateSchema = z.object({
  accountId: z.string(),
  lastSurveyedAt: at.nullable(),
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

export const emptyCustomer = (accountId: string): CustomerState => ({
  accountId,
  lastSurveyedAt: null,
  recent: [],
});

export function withRecentAnswer(customer: CustomerState, answer: RecentAnswer): CustomerState {
  const others = customer.recent.filter((recent) => recent.surveyId !== answer.surveyId);
  return { ...customer, recent: [answer, ...others].slice(0, RECENT_ANSWERS) };
}
