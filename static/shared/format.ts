/** Forge gives locales as `en_US`; Intl wants `en-US`. Unknown or missing locales fall back to the browser's. */
export function toBcp47(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const tag = locale.replace('_', '-');
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : undefined;
  } catch {
    return undefined;
  }
}

function validTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

export interface DisplayPrefs {
  locale?: string;
  timezone?: string;
}

/**
 * A moment (ISO timestamp) as date and time in the viewer's zone, with that zone named, e.g.
 * "4 Mar 2025, 14:05 CET": the gadgets' days follow the reporting zone, so a time that did not say
 * its own zone could be read in the wrong one.
 */
export function formatDateTime(iso: string, prefs: DisplayPrefs = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(toBcp47(prefs.locale), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone: validTimeZone(prefs.timezone),
  }).format(date);
}

/**
 * A calendar day (YYYY-MM-DD) as written in the viewer's language. The day is already in the
 * reporting zone, so it is formatted in UTC to keep it the same day everywhere.
 */
export function formatDay(day: string, prefs: DisplayPrefs = {}, style: 'short' | 'long' = 'short'): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  const options: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
      : { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(toBcp47(prefs.locale), options).format(date);
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A moment as a date only in the viewer's zone, e.g. "4 Mar 2025". */
export function formatDate(iso: string, prefs: DisplayPrefs = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(toBcp47(prefs.locale), {
    dateStyle: 'medium',
    timeZone: validTimeZone(prefs.timezone),
  }).format(date);
}
