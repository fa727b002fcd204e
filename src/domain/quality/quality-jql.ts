import { addDays, format, parseISO } from 'date-fns';

/**
 * JSM's Request Type (customfield_10010) and Team (customfield_10001) fields, at the ids Cloud
 * sites give them (as dimensions-from-issue reads them); JQL names a custom field `cf[id]`.
 */
export const JQL_FIELDS = {
  priority: 'priority',
  requestType: 'cf[10010]',
  team: 'cf[10001]',
  assignee: 'assignee',
} as const;
export type JqlField = keyof typeof JQL_FIELDS;

const quoted = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;

/**
 * The JQL clause of a window of calendar days on a date field: `from` inclusive, the day after
 * `to` exclusive. JQL reads a date without a time in the searching user's time zone, which is the
 * reporting zone for a desk whose people share it; the figures count by the reporting zone.
 */
export function dayRangeJql(field: 'created' | 'resolved', from: string, to: string): string {
  const after = format(addDays(parseISO(to), 1), 'yyyy-MM-dd');
  return `${field} >= ${quoted(from)} AND ${field} < ${quoted(after)}`;
}

/** `project = "SD" AND resolved >= … AND "field" is EMPTY`: the tickets a field gap leaves out. */
export function emptyFieldJql(
  projectKey: string,
  window: { from: string; to: string },
  field: JqlField,
): string {
  return `project = ${quoted(projectKey)} AND ${dayRangeJql('resolved', window.from, window.to)} AND ${JQL_FIELDS[field]} is EMPTY ORDER BY key ASC`;
}

/** `key in (SD-1, SD-7)`: a gap JQL cannot describe by a field, listed by its sampled keys. */
export function keysJql(keys: readonly string[]): string | null {
  return keys.length === 0 ? null : `key in (${keys.join(', ')}) ORDER BY key ASC`;
}

/**
 * The site-relative link to Jira's issue search for a JQL query (`/issues/?jql=…`), which a page
 * opens in the product, outside the app's frame.
 */
export function issueSearchPath(jql: string): string {
  return `/issues/?jql=${encodeURIComponent(jql)}`;
}
