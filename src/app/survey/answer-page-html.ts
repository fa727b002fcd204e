import { createHash } from 'node:crypto';
import {
  answerLinkLanguage,
  answerLinkWords,
  type AnswerLinkWords,
} from '../../domain/i18n/answer-link-words';
import type { Messages } from '../../domain/i18n/messages';
import { SCALES } from '../../domain/records/survey-kind';
import { COMMENT_MAX_LENGTH } from '../../domain/survey/customer-response';
import type { StoredAnswer } from '../../domain/ticket/ticket-state';
import type { AnswerPageModel, LinkQuestion } from './answer-by-link';
import { ANSWER_PAGE_CSS } from './answer-page-theme';

/**
 * The page's Content-Security-Policy: nothing may load or run but its own style sheet (allowed by
 * its hash), the form posts back to the same URL only, and no site may frame it.
 */
export const ANSWER_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(ANSWER_PAGE_CSS).digest('base64')}'`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export interface RenderedPage {
  status: number;
  html: string;
}

const STATUS: Record<AnswerPageModel['kind'], number> = {
  ask: 200,
  thanks: 200,
  used: 200,
  expired: 410,
  cancelled: 410,
  closed: 410,
  replaced: 410,
  invalid: 400,
  unavailable: 503,
};

/** Text placed in HTML: every character that could open markup or an attribute is escaped. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The answer page as HTML, in the customer's language: the link's locale, or, when the link could
 * not be read, the browser's (`acceptLanguage`). `messages` is the survey's wording in that locale.
 */
export function renderAnswerPage(
  model: AnswerPageModel,
  messages: Messages,
  acceptLanguage: string | null,
): RenderedPage {
  const locale = model.locale ?? firstLanguage(acceptLanguage);
  const words = answerLinkWords(locale);
  const lang = answerLinkLanguage(locale);
  const [title, body] = content(model, messages, words, lang);
  const html =
    '<!doctype html>' +
    `<html lang="${lang}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    '<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">' +
    `<title>${escape(title)}</title><style>${ANSWER_PAGE_CSS}</style></head>` +
    `<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
  return { status: STATUS[model.kind], html };
}

function content(
  model: AnswerPageModel,
  messages: Messages,
  words: AnswerLinkWords,
  lang: string,
): [string, string] {
  switch (model.kind) {
    case 'ask':
      return [words.title, askForm(model, messages, words)];
    case 'thanks':
      return [messages.thankYou, summary(model.answer, words, messages, lang)];
    case 'used':
      return [
        words.usedTitle,
        `<p>${escape(words.usedBody.replace('{date}', model.answer ? day(model.answer.answeredAt, lang) : ''))}</p>` +
          (model.answer ? summary(model.answer, words, messages, lang) : ''),
      ];
    case 'expired':
      return [words.expiredTitle, `<p>${escape(messages.expired)}</p>`];
    case 'cancelled':
      return [words.closedTitle, `<p>${escape(messages.cancelled)}</p>`];
    case 'closed':
      return [words.closedTitle, `<p>${escape(words.closedBody)}</p>`];
    case 'replaced':
      return [words.invalidTitle, `<p>${escape(words.replacedBody)}</p>`];
    case 'invalid':
      return [words.invalidTitle, `<p>${escape(words.invalidBody)}</p>`];
    case 'unavailable':
      return [words.unavailableTitle, `<p>${escape(words.unavailableBody)}</p>`];
  }
}

function question(kind: LinkQuestion, messages: Messages): { text: string; low: string; high: string } {
  return kind === 'ces'
    ? { text: messages.cesQuestion, low: messages.cesLowLabel, high: messages.cesHighLabel }
    : { text: messages.csatQuestion, low: messages.csatLowLabel, high: messages.csatHighLabel };
}

function scale(
  name: string,
  kind: LinkQuestion,
  checked: number | null,
  messages: Messages,
  legend: string,
): string {
  const { low, high } = question(kind, messages);
  const { min, max } = SCALES[kind];
  const options: string[] = [];
  for (let score = min; score <= max; score += 1) {
    const id = `${name}-${score}`;
    const label = score === min ? `${score} – ${low}` : score === max ? `${score} – ${high}` : String(score);
    options.push(
      `<li><input type="radio" id="${id}" name="${name}" value="${score}"${score === checked ? ' checked' : ''}>` +
        `<label for="${id}" aria-label="${escape(label)}">${score}</label></li>`,
    );
  }
  return (
    `<fieldset><legend>${legend}</legend>` +
    `<ul class="scale">${options.join('')}</ul>` +
    `<div class="ends" aria-hidden="true"><span>${min} – ${escape(low)}</span><span>${max} – ${escape(high)}</span></div>` +
    '</fieldset>'
  );
}

function askForm(
  model: Extract<AnswerPageModel, { kind: 'ask' }>,
  messages: Messages,
  words: AnswerLinkWords,
) {
  const second: LinkQuestion = model.first === 'ces' ? 'csat' : 'ces';
  const problems =
    model.problems.length > 0
      ? `<div class="problems" role="alert"><p>${escape(words.fixAndSend)}</p><ul>${model.problems
          .map((problem) => `<li>${escape(problem)}</li>`)
          .join('')}</ul></div>`
      : '';
  return (
    problems +
    // No action: the form posts to this very URL, token and all.
    '<form method="post">' +
    `<input type="hidden" name="t" value="${escape(model.token)}">` +
    scale('first', model.first, model.score, messages, escape(question(model.first, messages).text)) +
    scale(
      'second',
      second,
      model.second,
      messages,
      `${escape(question(second, messages).text)} <span class="subtle">(${escape(words.optional)})</span>`,
    ) +
    `<label class="block" for="comment">${escape(messages.commentPrompt)}</label>` +
    `<textarea id="comment" name="comment" maxlength="${COMMENT_MAX_LENGTH}">${escape(model.comment)}</textarea>` +
    `<button type="submit">${escape(messages.submit)}</button>` +
    `<p class="subtle">${escape(words.notYetSent)}</p>` +
    '</form>'
  );
}

function summary(answer: StoredAnswer, words: AnswerLinkWords, messages: Messages, lang: string): string {
  const rows: string[] = [];
  if (answer.ces !== null) rows.push(row(messages.cesQuestion, `${answer.ces} / ${SCALES.ces.max}`));
  if (answer.csat !== null) rows.push(row(messages.csatQuestion, `${answer.csat} / ${SCALES.csat.max}`));
  if (answer.comment !== null) rows.push(row(words.yourComment, answer.comment));
  return `<dl aria-label="${escape(words.yourScore)}" data-answered="${escape(day(answer.answeredAt, lang))}">${rows.join('')}</dl>`;
}

const row = (term: string, value: string) => `<dt>${escape(term)}</dt><dd>${escape(value)}</dd>`;

/** The answer's day, written in the page's language (UTC: the page knows no reader's zone). */
function day(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

/** The first language of an Accept-Language header (`de-CH,de;q=0.9` → `de-CH`). */
function firstLanguage(header: string | null): string | null {
  const first = header?.split(',')[0]?.split(';')[0]?.trim();
  return first && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(first) ? first : null;
}
