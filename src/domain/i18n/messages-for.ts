import { DEFAULT_MESSAGES } from './default-messages';
import { BUILT_IN_LOCALES, DEFAULT_LOCALE, languageOf, normalizeLocale, type BuiltInLocale } from './locale';
import type { MessageOverrides, Messages } from './messages';

/** Administrator wording per locale tag (canonical form, e.g. `de`, `pt-BR`). */
export type WordingOverrides = Readonly<Record<string, MessageOverrides | undefined>>;

/**
 * The locales a customer can be served in: the built-in ones, then every locale an administrator
 * wrote wording for. Pass the result to `pickLocale`.
 */
export function availableLocales(overrides: WordingOverrides = {}): string[] {
  const locales: string[] = [...BUILT_IN_LOCALES];
  for (const locale of Object.keys(overrides)) if (!locales.includes(locale)) locales.push(locale);
  return locales;
}

function isBuiltIn(tag: string): tag is BuiltInLocale {
  return (BUILT_IN_LOCALES as readonly string[]).includes(tag);
}

/** Drops empty strings, so clearing a field in the admin page restores the default. */
function nonEmpty(overrides: MessageOverrides | undefined): MessageOverrides {
  if (overrides === undefined) return {};
  return Object.fromEntries(
    Object.entries(overrides).filter(([, text]) => typeof text === 'string' && text !== ''),
  );
}

/**
 * The complete wording for one locale (normally the one `pickLocale` chose), layered so that
 * nothing is ever missing: English defaults, then the defaults of the locale's language, then the
 * administrator's wording for the language (`de`), then for the exact locale (`de-AT`). An
 * override for `en` does not change German text: each language is worded on its own.
 *
 * A malformed locale is read as `en`. Empty override strings are ignored.
 *
 * @example
 *   messagesFor('de', { de: { submit: 'Abschicken' } }).submit //=> 'Abschicken'
 *   messagesFor('de-AT').submit                                 //=> 'Absenden'
 *   messagesFor('ko').submit                                    //=> 'Submit'
 */
export function messagesFor(locale: string, overrides: WordingOverrides = {}): Messages {
  const tag = normalizeLocale(locale) ?? DEFAULT_LOCALE;
  const language = languageOf(tag);
  return {
    ...DEFAULT_MESSAGES[DEFAULT_LOCALE],
    ...(isBuiltIn(language) ? DEFAULT_MESSAGES[language] : {}),
    ...(tag === language ? {} : nonEmpty(overrides[language])),
    ...nonEmpty(overrides[tag]),
  };
}
