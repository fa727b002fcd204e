import type { SurveySettings } from '../settings/survey-settings';
import type { CustomerResponse } from './customer-response';

/**
 * Whether an answer needs follow-up: CSAT at or below `lowScore.csatAtMost` (default 2) or CES
 * at or below `lowScore.cesAtMost` (default 3). A score not given never makes an answer low.
 */
export function isLowScore(
  response: Pick<CustomerResponse, 'ces' | 'csat'>,
  settings: Pick<SurveySettings, 'lowScore'>,
): boolean {
  const { csatAtMost, cesAtMost } = settings.lowScore;
  return (
    (response.csat !== undefined && response.csat <= csatAtMost) ||
    (response.ces !== undefined && response.ces <= cesAtMost)
  );
}
