import { z } from 'zod';
import { KvsAnswerLinkKeys } from '../../adapters/forge/kvs-answer-link-keys';
import { answerByLink, openAnswerLink, type AnswerPageModel } from '../../app/survey/answer-by-link';
import { ANSWER_PAGE_CSP, renderAnswerPage } from '../../app/survey/answer-page-html';
import { availableLocales, messagesFor } from '../../domain/i18n/messages-for';
import { pickLocale } from '../../domain/i18n/pick-locale';
import type { SurveySettings } from '../../domain/settings/survey-settings';
import { appDeps } from '../deps';

/**
 * The web trigger's request as Forge hands it over
 * (https://developer.atlassian.com/platform/forge/events-reference/web-trigger/): header and query
 * values are lists, the body a string.
 */
const requestSchema = z.object({
  method: z.string(),
  headers: z.record(z.string(), z.array(z.string())).default({}),
  queryParameters: z.record(z.string(), z.array(z.string())).default({}),
  body: z.string().optional(),
});

const header = (headers: Record<string, string[]>, name: string): string | null =>
  Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1]?.[0] ?? null;

/**
 * The one-click answer page, served without signing in. GET (and HEAD) only shows the page: mail
 * scanners fetch every link, so opening one records nothing. POST, from the page's own form,
 * records the answer. Every outcome, even an unexpected failure, is a page in the customer's
 * language with no trace of the app's insides.
 */
export async function answerPage(payload: unknown) {
  const parsed = requestSchema.safeParse(payload);
  const headers = parsed.success ? parsed.data.headers : {};
  const acceptLanguage = header(headers, 'accept-language');
  const deps = { ...appDeps(), keys: new KvsAnswerLinkKeys() };
  // Read once per request, whether the page is shown or an answer recorded.
  let settings: Promise<SurveySettings> | undefined;
  const readSettings = () => (settings ??= deps.settings.get());
  const page = (status: number, html: string, extra: Record<string, string[]> = {}) => ({
    statusCode: status,
    headers: {
      'Content-Type': ['text/html; charset=utf-8'],
      'Content-Security-Policy': [ANSWER_PAGE_CSP],
      'Cache-Control': ['no-store'],
      'X-Content-Type-Options': ['nosniff'],
      'Referrer-Policy': ['no-referrer'],
      ...extra,
    },
    body: html,
  });
  const show = async (model: AnswerPageModel, extra?: Record<string, string[]>) => {
    const wording = (await readSettings()).wording;
    const locale = pickLocale(model.locale ?? acceptLanguage, availableLocales(wording));
    const rendered = renderAnswerPage(model, messagesFor(locale, wording), acceptLanguage);
    return page(rendered.status, rendered.html, extra);
  };
  try {
    if (!parsed.success) return await show({ kind: 'invalid', locale: null, reason: 'malformed' });
    const { method, queryParameters, body } = parsed.data;
    const form = method === 'POST' ? formOf(body ?? '') : {};
    const token = queryParameters.t?.[0] ?? form.t?.[0] ?? '';
    // The settings read with the ticket are the ones the page is then worded in: no second read.
    const tickets = deps.tickets;
    const loadWithSettings = tickets.loadWithSettings.bind(tickets);
    tickets.loadWithSettings = async (issueId: string) => {
      const read = await loadWithSettings(issueId);
      settings ??= Promise.resolve(read.settings);
      return read;
    };
    const linkDeps = { ...deps, tickets };
    if (method === 'GET' || method === 'HEAD') return await show(await openAnswerLink(linkDeps, token));
    if (method === 'POST') {
      const type = header(parsed.data.headers, 'content-type') ?? '';
      if (!type.startsWith('application/x-www-form-urlencoded'))
        return await show({ kind: 'invalid', locale: null, reason: 'malformed' });
      return await show(await answerByLink(linkDeps, token, form));
    }
    return await show({ kind: 'invalid', locale: null, reason: 'malformed' }, { Allow: ['GET, HEAD, POST'] });
  } catch (error) {
    console.error('The answer page failed:', error);
    const rendered = renderAnswerPage(
      { kind: 'unavailable', locale: null },
      messagesFor(pickLocale(acceptLanguage, availableLocales())),
      acceptLanguage,
    );
    return page(503, rendered.html, { 'Retry-After': ['60'] });
  }
}

/** An urlencoded form as lists of values per field. */
function formOf(body: string): Record<string, string[]> {
  const form: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(body)) (form[name] ??= []).push(value);
  return form;
}
