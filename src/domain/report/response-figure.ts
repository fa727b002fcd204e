import { SURVEY_KINDS, type SurveyKind } from '../records/survey-kind';
import type { Metrics } from './metrics';

/**
 * How many of those invited answered the survey behind a score: invitations sent, answers
 * received and the response rate (`responseRate` in metrics.md), each placed by its own time.
 * `rate` is `null` when nobody was invited; not answering is never counted as a score.
 */
export interface ResponseFigure {
  survey: SurveyKind;
  invitations: number;
  responses: number;
  rate: number | null;
}

const isSurvey = (metric: string): metric is SurveyKind =>
  (SURVEY_KINDS as readonly string[]).includes(metric);

/**
 * The response figure beside a score (CSAT, CES, NPS, ICE), or `null` for a metric that is not a
 * survey's score. NPS and ICE have one only where imports brought their invitations.
 */
export function responseFigureOf(metrics: Metrics, metric: string): ResponseFigure | null {
  if (!isSurvey(metric)) return null;
  const { value, invitations, responses } = metrics.responseRate[metric];
  return { survey: metric, invitations, responses, rate: value };
}
