/** The locales that ship with default wording. English is the fallback for everything else. */
export const BUILT_IN_LOCALES = ['en', 'de', 'fr', 'es', 'ja'] as const;
export type BuiltInLocale = (typeof BUILT_IN_LOCALES)[number];

export const DEFAULT_LOCALE: BuiltInLocale = 'en';

/**
 * A locale tag in the canonical form this app stores and compares: lower-case language, an
 * optional title-case script and an optional upper-case region, joined by hyphens (`de`, `pt-BR`,
 * `zh-Hant-TW`).
 */
export const CANONICAL_LOCALE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|\d{3}))?$/;

/**
 * Brings a locale tag as Jira, a browser or a POSIX system writes it to the canonical form.
 * Underscores become hyphens (Jira sends `pt_BR`), a POSIX encoding or modifier (`de_DE.UTF-8`,
 * `sr@latin`) is dropped, and subtags after the region (variants, extensions) are ignored because
 * no wording depends on them.
 *
 * @returns the canonical tag, or `null` for anything that is not a language tag (empty, `*`, `123`).
 * @example
 *   normalizeLocale('pt_BR') //=> 'pt-BR'
 *   normalizeLocale('DE-de') //=> 'de-DE'
 *   normalizeLocale('')      //=> null
 */
export function normalizeLocale(tag: string | null | undefined): string | null {
  if (typeof tag !== 'string') return null;
  const [language, ...rest] = (tag.trim().split(/[.@]/)[0] ?? '').split(/[-_]/);
  if (language === undefined || !/^[a-zA-Z]{2,3}$/.test(language)) return null;
  const parts = [language.toLowerCase()];
  let next = rest[0];
  if (next !== undefined && /^[a-zA-Z]{4}$/.test(next)) {
    parts.push(next.charAt(0).toUpperCase() + next.slice(1).toLowerCase());
    rest.shift();
    next = rest[0];
  }
  if (next !== undefined && /^(?:[a-zA-Z]{2}|\d{3})$/.test(next)) parts.push(next.toUpperCase());
  return parts.join('-');
}

/** The language subtag of a canonical tag: `pt-BR` → `pt`. */
export function languageOf(canonicalTag: string): string {
  return canonicalTag.split('-')[0] ?? canonicalTag;
}
