import type { FieldError, ResolverError } from '../../src/contract/envelope';

/** Field messages of a failure by dotted field path (`reminder.afterDays`); `''` is the whole form. */
export type FieldMessages = ReadonlyMap<string, readonly string[]>;

export const NO_FIELD_MESSAGES: FieldMessages = new Map();

/** Groups an INVALID_INPUT failure's messages by field; any other failure has none. */
export function fieldMessagesOf(error: ResolverError | null | undefined): FieldMessages {
  if (!error || error.code !== 'INVALID_INPUT' || !error.fields) return NO_FIELD_MESSAGES;
  return groupFieldErrors(error.fields);
}

export function groupFieldErrors(fields: readonly FieldError[]): FieldMessages {
  const grouped = new Map<string, string[]>();
  for (const { field, message } of fields) {
    const list = grouped.get(field);
    if (list) {
      if (!list.includes(message)) list.push(message);
    } else grouped.set(field, [message]);
  }
  return grouped;
}

/**
 * The messages no rendered field claims, so they can be listed at the top of the form instead of
 * being lost. `shown(field)` says whether some field displays messages for that path.
 */
export function unclaimedMessages(messages: FieldMessages, shown: (field: string) => boolean): string[] {
  const rest: string[] = [];
  for (const [field, list] of messages) if (!shown(field)) rest.push(...list);
  return rest;
}

/** A stable element id for a field path, for `aria-describedby` and label `htmlFor`. */
export function fieldId(prefix: string, field: string): string {
  return `${prefix}-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The messages for a field and everything inside it (`enabledProjects` claims `enabledProjects.3`). */
export function messagesUnder(messages: FieldMessages, path: string): string[] | undefined {
  const found: string[] = [];
  for (const [field, list] of messages) {
    if (field === path || field.startsWith(`${path}.`)) found.push(...list);
  }
  return found.length > 0 ? found : undefined;
}

/** Merges field messages; later sources add to earlier ones. */
export function mergeFieldMessages(...sources: FieldMessages[]): FieldMessages {
  const merged = new Map<string, string[]>();
  for (const source of sources) {
    for (const [field, list] of source) merged.set(field, [...(merged.get(field) ?? []), ...list]);
  }
  return merged;
}
