import { TZDate } from '@date-fns/tz';
import { format, subMonths } from 'date-fns';
import type { EpochMs } from '../records/instant';

/** How far back a backfill reaches unless the admin chooses otherwise. */
export const DEFAULT_BACKFILL_MONTHS = 12;

export interface BackfillScope {
  /** Project keys to read. */
  projects: readonly string[];
  /** Whole months back from `now`; 12 unless given. */
  months?: number;
  now: EpochMs;
  /** The zone whose calendar date starts the window (Jira reads JQL dates in the caller's zone); UTC unless given. */
  timeZone?: string;
}

export type JqlResult = { ok: true; jql: string } | { ok: false; reason: string };

/** A JQL string literal: quoted, with quotes and backslashes escaped. */
const quoted = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/**
 * The JQL of a backfill: the projects' tickets created in the last `months` months, oldest first,
 * ties broken by key, so the paged search walks a stable order and a resumed backfill goes on
 * from its `nextPageToken` without skipping or repeating tickets created meanwhile (they are newer).
 *
 * @example
 *   backfillJql({ projects: ['SD'], now: Date.parse('2026-03-15T10:00:00Z') })
 *   //=> { ok: true, jql: 'project in ("SD") AND created >= "2025-03-15" ORDER BY created ASC, key ASC' }
 *
 * Empty and invalid input: no project (the query would reach every project), a blank key, or
 * `months` not a positive whole number is refused.
 */
export function backfillJql(scope: BackfillScope): JqlResult {
  const months = scope.months ?? DEFAULT_BACKFILL_MONTHS;
  if (!Number.isInteger(months) || months < 1)
    return { ok: false, reason: 'months must be a whole number ≥ 1' };
  const projects = [...new Set(scope.projects.map((key) => key.trim()))];
  if (projects.length === 0) return { ok: false, reason: 'no project to backfill' };
  if (projects.includes('')) return { ok: false, reason: 'a project key is blank' };
  const from = format(subMonths(new TZDate(scope.now, scope.timeZone ?? 'UTC'), months), 'yyyy-MM-dd');
  return {
    ok: true,
    jql: `project in (${projects.map(quoted).join(', ')}) AND created >= "${from}" ORDER BY created ASC, key ASC`,
  };
}
