/**
 * ServiceNow's raw (`sysparm_display_value=false`) value formats. Every Table API value is a string
 * and an empty field is `""` (Table API docs, servicenow.md §1):
 * - date-times are UTC as `YYYY-MM-DD HH:mm:ss`, no `T`, no zone;
 * - durations are epoch offsets in the same format: `1970-01-01 00:02:17` is 137 s;
 * - integers and decimals are plain numerals (`"3"`, `"4.0"`).
 * Each reader answers a value, `undefined` for an empty field, or a reason naming what it saw.
 */

export type Read<T> = { ok: true; value: T | undefined } | { ok: false; reason: string };

const GLIDE_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

const empty = <T>(): Read<T> => ({ ok: true, value: undefined });

/** Epoch milliseconds of a raw UTC date-time; rejects display formats and impossible dates. */
export function readDateTime(text: string): Read<number> {
  if (text === '') return empty();
  const ms = glideMillis(text);
  if (ms === undefined) {
    return {
      ok: false,
      reason: `"${text}" is not a raw UTC date-time (YYYY-MM-DD HH:mm:ss; export with sysparm_display_value=false)`,
    };
  }
  return { ok: true, value: ms };
}

/**
 * Seconds of a duration. A glide duration is an epoch offset (`1970-01-02 01:00:00` = 90,000 s);
 * an integer is taken as seconds, as in `calendar_stc` and `business_stc`.
 */
export function readDurationSeconds(text: string): Read<number> {
  if (text === '') return empty();
  if (/^\d+$/.test(text)) return { ok: true, value: Number(text) };
  const ms = glideMillis(text);
  if (ms === undefined || ms < 0) {
    return { ok: false, reason: `"${text}" is neither a duration (1970-01-01 HH:mm:ss offset) nor seconds` };
  }
  return { ok: true, value: ms / 1000 };
}

/** A whole number written as an integer or a decimal with a zero fraction: "4" and "4.0" alike. */
export function readWholeNumber(text: string): Read<number> {
  if (text === '') return empty();
  const trimmed = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return { ok: false, reason: `"${text}" is not a number` };
  const value = Number(trimmed);
  if (!Number.isInteger(value)) return { ok: false, reason: `"${text}" is not a whole number` };
  return { ok: true, value };
}

/** The raw UTC text of an instant, for encoded queries and watermarks. */
export function formatGlideDateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

function glideMillis(text: string): number | undefined {
  const parts = GLIDE_DATE_TIME.exec(text);
  if (!parts) return undefined;
  const [, y, mo, d, h, mi, s] = parts.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls 2025-02-30 over into March; a value that does not round-trip is not a date.
  return formatGlideDateTime(ms) === text ? ms : undefined;
}
