import { SURVEYS, type Survey } from '../records/survey';
import { percent } from '../stats/percent';

export interface ResponseRateResult {
  value: number | null;
  invitations: number;
  responses: number;
}

/**
 * Response rate per survey = 100 × responses / invitations, each placed by its own timestamp.
 * Every survey is listed so the shape is stable.
 *
 * Empty input: no invitations gives `value: null`.
 */
export function responseRate(
  responses: Record<Survey, number>,
  invitations: Record<Survey, number>,
): Record<Survey, ResponseRateResult> {
  const rate = (survey: Survey): ResponseRateResult => ({
    value: percent(responses[survey], invitations[survey]),
    invitations: invitations[survey],
    responses: responses[survey],
  });
  return Object.fromEntries(SURVEYS.map((survey) => [survey, rate(survey)])) as Record<
    Survey,
    ResponseRateResult
  >;
}
