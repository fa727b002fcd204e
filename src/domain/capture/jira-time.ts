import { z } from 'zod';
import type { EpochMs } from '../records/instant';

/** ISO-8601 with an offset as Jira writes it: `Z`, `+hh:mm` or Jira's own `+hhmm`. */
const JIRA_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Reads a Jira timestamp as epoch milliseconds.
 *
 * Jira REST writes offsets as `+hhmm` (`2024-03-01T09:15:00.000+0000`), which ISO-8601's extended
 * form and the canonical records do not accept, so the offset is rewritten before parsing.
 *
 * Empty or invalid input: `null` (no offset, no such date, not a string).
 */
export function parseJiraTime(text: unknown): EpochMs | null {
  if (typeof text !== 'string') return null;
  const match = JIRA_TIMESTAMP.exec(text.trim());
  if (!match) return null;
  const [, local, offset] = match as unknown as [string, string, string];
  const normalised =
    offset === 'Z' || offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
  const at = Date.parse(`${local}${normalised}`);
  return Number.isFinite(at) ? at : null;
}

/** A Jira timestamp (string) or an epoch-milliseconds number, as epoch milliseconds. */
export const jiraTime = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const at = typeof value === 'number' ? (Number.isFinite(value) ? value : null) : parseJiraTime(value);
  if (at === null) {
    ctx.issues.push({ code: 'custom', input: value, message: 'not a timestamp with an offset' });
    return z.NEVER;
  }
  return at;
});
