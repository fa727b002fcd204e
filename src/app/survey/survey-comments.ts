import { answerLinkWords } from '../../domain/i18n/answer-link-words';
import { fillPlaceholders } from '../../domain/i18n/fill-placeholders';
import { availableLocales, messagesFor } from '../../domain/i18n/messages-for';
import type { Messages } from '../../domain/i18n/messages';
import { pickLocale } from '../../domain/i18n/pick-locale';
import type { SurveySettings } from '../../domain/settings/survey-settings';
import type { ServiceDesk } from '../ports/service-desk';
import type { AnswerLinks } from './answer-links';

/** Writes the one-click links for the comment, in the comment's locale. */
export type OneClickLinks = (locale: string) => Promise<AnswerLinks>;

/**
 * The invitation or reminder comment for a request, in its reporter's language (English when the
 * reporter's language has no wording), with the link to the request's portal page where the
 * survey is answered; with `oneClick`, also the first question and one link per score, so the
 * notification email JSM sends with the comment is answerable in one click.
 *
 * The links are Jira wiki markup (`[label|url]`), which the comment and its email show as links.
 */
export async function surveyComment(
  desk: ServiceDesk,
  settings: SurveySettings,
  requestKey: string,
  kind: 'invitation' | 'reminder',
  oneClick?: OneClickLinks,
): Promise<string | null> {
  const request = await desk.getRequest(requestKey);
  if (!request) return null;
  const profile = await desk.userProfile(request.reporterAccountId);
  const locale = pickLocale(profile?.locale ?? null, availableLocales(settings.wording));
  const messages = messagesFor(locale, settings.wording);
  const text = fillPlaceholders(messages[kind], { link: request.portalUrl });
  if (!oneClick) return text;
  return `${text}\n\n${scoreLines(await oneClick(locale), messages, locale)}`;
}

function scoreLines(links: AnswerLinks, messages: Messages, locale: string): string {
  const [question, low, high] =
    links.question === 'ces'
      ? [messages.cesQuestion, messages.cesLowLabel, messages.cesHighLabel]
      : [messages.csatQuestion, messages.csatLowLabel, messages.csatHighLabel];
  const first = links.links[0]?.score;
  const last = links.links.at(-1)?.score;
  return [
    `*${escapeWiki(question)}*`,
    `${escapeWiki(answerLinkWords(locale).pickAScore)} ${links.links.map(({ score, url }) => `[${score}|${url}]`).join('  ')}`,
    `(${first} = ${escapeWiki(low)}, ${last} = ${escapeWiki(high)})`,
  ].join('\n');
}

/** Wiki markup characters in wording are shown as written, never read as markup. */
function escapeWiki(text: string): string {
  return text.replace(/([[\]{}|*_^~])/g, '\\$1');
}
