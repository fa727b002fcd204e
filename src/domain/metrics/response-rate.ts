import { SURVEY_KINDS, type SurveyKind } from '../records/survey-kind';
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
  responses: Record<SurveyKind, number>,
  invitations: Record<SurveyKind, number>,
): Record<SurveyKind, ResponseRateResult> {
  const rate = (survey: SurveyKind): ResponseRateResult => ({
    value: percent(responses[survey], invitations[survey]),
    invitations: invitations[survey],
    responses: responses[survey],
  });
  return Object.fromEntries(SURVEY_KINDS.map((survey) => [survey, rate(survey)])) as Record<
    SurveyKind,
    ResponseRateResult
  >;
}
