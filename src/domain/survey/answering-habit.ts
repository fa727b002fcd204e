import type { CustomerState } from '../ticket/customer-state';

/** How often a customer answered their earlier surveys: `answered` of their last `surveys`. */
export interface AnsweringHabit {
  surveys: number;
  answered: number;
}

/** Earlier surveys looked at: as many as the customer's recent answers remembered. */
const LOOKED_AT = 5;

/**
 * Whether this customer usually answers: of their last five surveys before this one, how many
 * they answered. The survey of this ticket is left out, and so is every unanswered survey that
 * may still be open (surveyed less than `openDays` ago): not answering yet is not an answer, and
 * never a score. `null` when there is no earlier survey to go by.
 */
export function answeringHabit(
  customer: CustomerState | null,
  currentSurveyId: string | null,
  { now, openDays }: { now: Date; openDays: number },
): AnsweringHabit | null {
  if (!customer) return null;
  const answered = new Set(customer.recent.map((answer) => answer.surveyId));
  const openSince = now.getTime() - openDays * 86_400_000;
  const earlier = [...customer.surveyed]
    .filter(
      ({ surveyId, at }) =>
        surveyId !== currentSurveyId && (answered.has(surveyId) || Date.parse(at) <= openSince),
    )
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, LOOKED_AT);
  if (earlier.length === 0) return null;
  return {
    surveys: earlier.length,
    answered: earlier.filter(({ surveyId }) => answered.has(surveyId)).length,
  };
}
