/**
 * Jira's two date renderings. The site's time zone is UTC, so offsets are always +0000.
 */

/** Jira REST: ISO-8601 with milliseconds and a `+hhmm` offset, e.g. 2024-03-01T09:15:00.000+0000. */
export function jiraDate(iso: string): string {
  return new Date(iso).toISOString().replace('Z', '+0000');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** JSM's `Date` object: the same moment as ISO, Jira format, friendly text and epoch millis. */
export function jsmDate(iso: string): {
  iso8601: string;
  jira: string;
  friendly: string;
  epochMillis: number;
} {
  const date = new Date(iso);
  const hours = date.getUTCHours();
  const minutes = String(date.getUTCMinutes()).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  const year = String(date.getUTCFullYear()).slice(2);
  const friendly = `${day}/${MONTHS[date.getUTCMonth()]}/${year} ${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
  return {
    iso8601: date.toISOString().replace(/\.\d{3}Z$/, '+0000'),
    jira: jiraDate(iso),
    friendly,
    epochMillis: date.getTime(),
  };
}
