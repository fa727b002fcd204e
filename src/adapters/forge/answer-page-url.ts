import { webTrigger } from '@forge/api';
import type { AnswerPageUrl } from '../../app/ports/answer-page-url';

/** The manifest's web trigger module that serves the one-click answer page. */
export const ANSWER_PAGE_MODULE = 'survey-answer-page';

/**
 * The page's URL, asked of the platform once per invocation: it stays the same for an
 * installation (https://developer.atlassian.com/platform/forge/runtime-reference/web-trigger,
 * `webTrigger.getUrl`).
 */
export class WebTriggerAnswerPageUrl implements AnswerPageUrl {
  private url?: Promise<string>;

  get(): Promise<string> {
    this.url ??= webTrigger.getUrl(ANSWER_PAGE_MODULE);
    return this.url;
  }
}
