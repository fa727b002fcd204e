import type { SurveySettings } from '../../domain/settings/survey-settings';
import { SCALES } from '../../domain/records/survey-kind';
import { writeAnswerToken } from '../../domain/survey/answer-token';
import type { Survey } from '../../domain/survey/survey';
import type { AnswerLinkKeys } from '../ports/answer-link-keys';
import type { AnswerPageUrl } from '../ports/answer-page-url';

export interface AnswerLinks {
  question: 'ces' | 'csat';
  links: Array<{ score: number; url: string }>;
}

export interface AnswerLinkDeps {
  keys: AnswerLinkKeys;
  pageUrl: AnswerPageUrl;
}

/**
 * One link per score of the first question (1–7 for CES, 1–5 for CSAT when CSAT is asked first),
 * each with a signed token bound to this survey, its score, the comment's language, and the
 * survey's expiry. The URL carries the token only: no name, no account, no email address.
 */
export async function answerLinksFor(
  deps: AnswerLinkDeps,
  survey: Survey,
  settings: SurveySettings,
  locale: string,
  expiresAt: Date,
): Promise<AnswerLinks> {
  const question = settings.firstQuestion;
  const [key, base] = await Promise.all([deps.keys.current(), deps.pageUrl.get()]);
  const { min, max } = SCALES[question];
  const links: AnswerLinks['links'] = [];
  for (let score = min; score <= max; score += 1) {
    const token = writeAnswerToken(
      {
        t: survey.ticketId,
        c: survey.cycle,
        q: question,
        s: score,
        x: Math.floor(expiresAt.getTime() / 1000),
        v: key.version,
        l: locale,
      },
      key.sign,
    );
    links.push({ score, url: `${base}?t=${token}` });
  }
  return { question, links };
}
