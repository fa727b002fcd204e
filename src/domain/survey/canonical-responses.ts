import type { ResponseInput } from '../records/response';
import type { CustomerResponse } from './customer-response';
import type { Survey } from './survey';

/**
 * The canonical `response` records (metrics.md) of an answered survey: one for `ces` and one for
 * `csat`, each only if that score was given, CES first as the survey asks it. The comment is one
 * comment about the whole answer, so it rides on the first record only; attaching it to both
 * would count it twice in every export.
 *
 * @param source the record's `source`; `jsm`, like the ticket records of the same requests.
 * @returns `[]` for a survey that is not `answered`: only an answer recorded on the survey
 *   (time and respondent) can become data.
 */
export function toCanonicalResponses(
  survey: Survey,
  response: CustomerResponse,
  source = 'jsm',
): ResponseInput[] {
  if (survey.state !== 'answered' || survey.answeredAt === null) return [];
  const scores = [
    { survey: 'ces' as const, score: response.ces },
    { survey: 'csat' as const, score: response.csat },
  ];
  const records: ResponseInput[] = [];
  for (const { survey: kind, score } of scores) {
    if (score === undefined) continue;
    records.push({
      type: 'response',
      source,
      ticketId: survey.ticketId,
      survey: kind,
      score,
      answeredAt: survey.answeredAt,
      respondent: survey.answeredBy,
      ...(records.length === 0 && response.comment !== undefined ? { comment: response.comment } : {}),
    });
  }
  return records;
}
