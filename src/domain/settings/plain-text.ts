import { z } from 'zod';

/**
 * Characters plain text must not contain: C0 and C1 control characters other than tab and
 * newline (they corrupt rendering and, escaped in JSON, cost six bytes each), bidirectional
 * embeddings, overrides and isolates (they can make text display differently from what it says),
 * and lone UTF-16 surrogates (not text at all).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDFFF]/u;

/** True when `text` holds a character plain text must not contain. */
export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN.test(text);
}

/**
 * A string of plain text as people type it: line endings become `\n`, surrounding whitespace is
 * trimmed, then the length (UTF-16 units, as a browser's `maxlength` counts) must be at most
 * `max` and no forbidden character may remain.
 *
 * @param label how the field is named in error messages, e.g. `'The comment'`.
 */
export function plainText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .overwrite((text) => text.replace(/\r\n?/g, '\n').trim())
    .max(max, { error: `${label} must be at most ${max.toLocaleString('en-US')} characters long.` })
    .refine((text) => !hasForbiddenCharacters(text), {
      error: `${label} contains control or invisible formatting characters; only plain text, tabs and line breaks are allowed.`,
    });
}
