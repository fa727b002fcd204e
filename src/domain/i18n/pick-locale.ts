import { DEFAULT_LOCALE, languageOf, normalizeLocale } from './locale';

/**
 * Chooses the wording locale for a customer from the locales that have wording.
 *
 * Tries, in order: the exact tag (`de-DE`), the tag with its trailing subtags dropped
 * (`zh-Hant-TW` → `zh-Hant` → `zh`), then any available locale of the same language, first in
 * `available` order (`de` → `de-AT`). Tags are compared in canonical form, so `pt_BR`, `pt-br`
 * and `pt-BR` are the same locale.
 *
 * @param customerLocale the customer's locale as Jira or the browser reports it; empty, missing
 *   or malformed means "unknown".
 * @param available locales with wording, in order of preference; malformed entries are ignored.
 * @returns the matching entry of `available`, spelled as it is there, or `'en'` when nothing
 *   matches (English always has wording).
 * @example
 *   pickLocale('de_DE', ['en', 'de', 'fr']) //=> 'de'
 *   pickLocale('pt_BR', ['en', 'pt-BR'])    //=> 'pt-BR'
 *   pickLocale('ko-KR', ['en', 'de'])       //=> 'en'
 */
export function pickLocale(customerLocale: string | null | undefined, available: readonly string[]): string {
  const byTag = new Map<string, string>();
  for (const entry of available) {
    const tag = normalizeLocale(entry);
    if (tag !== null && !byTag.has(tag)) byTag.set(tag, entry);
  }
  const wanted = normalizeLocale(customerLocale);
  if (wanted === null) return byTag.get(DEFAULT_LOCALE) ?? DEFAULT_LOCALE;

  const subtags = wanted.split('-');
  for (let length = subtags.length; length > 0; length -= 1) {
    const match = byTag.get(subtags.slice(0, length).join('-'));
    if (match !== undefined) return match;
  }
  const language = languageOf(wanted);
  for (const [tag, entry] of byTag) if (languageOf(tag) === language) return entry;
  return byTag.get(DEFAULT_LOCALE) ?? DEFAULT_LOCALE;
}
