/**
 * What the backfill section ("History import") says about a backfill's progress. Pure, so the
 * wording and the rounding are pinned by tests; the section only lays it out.
 */
import type { BackfillStatus } from '../../../src/contract/backfill';
import type { LozengeTone } from '../../shared/styles';

/** The months an import may reach back, as the backend's `startBackfill` accepts them. */
export const BACKFILL_MONTHS = { min: 1, max: 24, default: 12 } as const;

/** How often the section asks for progress while an import runs. */
export const POLL_INTERVAL_MS = 2000;

export type MonthsInput = { ok: true; months: number } | { ok: false; message: string };

/** The months typed in the field, or why they cannot be sent. */
export function parseMonths(typed: string): MonthsInput {
  const text = typed.trim();
  const months = Number(text);
  if (
    text === '' ||
    !Number.isInteger(months) ||
    months < BACKFILL_MONTHS.min ||
    months > BACKFILL_MONTHS.max
  ) {
    return {
      ok: false,
      message: `Enter a whole number of months from ${BACKFILL_MONTHS.min} to ${BACKFILL_MONTHS.max}.`,
    };
  }
  return { ok: true, months };
}

/** The one sentence that says what the import does, with the months typed (or the default). */
export function backfillSummary(typed: string): string {
  const parsed = parseMonths(typed);
  const months = parsed.ok ? parsed.months : BACKFILL_MONTHS.default;
  return (
    `Imports the last ${months === 1 ? 'month' : `${months} months`} of requests — created, first response, ` +
    'resolution, reopens, follow-ups, handle time and JSM’s own satisfaction ratings — so the dashboard ' +
    'shows history from day one.'
  );
}

/**
 * The bar's value, 0–100 in whole percent. Rounded down while running so it never shows 100 % before
 * the import is done; a finished import is 100 % whatever the estimate of the total said.
 */
export function shownPercent(status: Pick<BackfillStatus, 'state' | 'percent'>): number {
  if (status.state === 'done') return 100;
  if (!Number.isFinite(status.percent)) return 0;
  return Math.min(99, Math.max(0, Math.floor(status.percent)));
}

const NBSP = '\u00a0';

/** "5,400 of 12,000 · 45 %" in the viewer's number format. */
export function progressText(
  status: Pick<BackfillStatus, 'state' | 'done' | 'total' | 'percent'>,
  locale?: string,
): string {
  const number = new Intl.NumberFormat(locale);
  // The total is an estimate until the search's last page; never show more done than total.
  const total = Math.max(status.total, status.done);
  return `${number.format(status.done)} of ${number.format(total)} · ${shownPercent(status)}${NBSP}%`;
}

/** How each state reads; the colour of its lozenge only repeats the word. */
export const STATE_LABEL: Readonly<Record<BackfillStatus['state'], { label: string; tone: LozengeTone }>> = {
  idle: { label: 'Not started', tone: 'neutral' },
  running: { label: 'Running', tone: 'information' },
  paused: { label: 'Paused', tone: 'warning' },
  done: { label: 'Done', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
};

/** "No request failed", "1 request could not be imported", "3 requests could not be imported". */
export function errorCountText(errors: number, locale?: string): string {
  if (errors <= 0) return 'No request failed to import.';
  const count = new Intl.NumberFormat(locale).format(errors);
  return errors === 1
    ? '1 request could not be imported; it still counts towards the total.'
    : `${count} requests could not be imported; they still count towards the total.`;
}

/** Whether the Resume button is offered: an import that stopped before its end. */
export const canResume = (state: BackfillStatus['state']) => state === 'paused' || state === 'failed';

/**
 * What the live region announces when a running import stops while the page watches it, or
 * `null` when nothing finished (the first answer, or still running).
 */
export function finishAnnouncement(
  previous: BackfillStatus['state'] | undefined,
  current: BackfillStatus,
  locale?: string,
): string | null {
  if (previous !== 'running' || current.state === 'running') return null;
  const count = new Intl.NumberFormat(locale).format(current.done);
  switch (current.state) {
    case 'done':
      return `History import done: ${count} requests imported.`;
    case 'failed':
      return `History import failed after ${count} requests${current.lastError ? `: ${current.lastError}` : '.'}`;
    case 'paused':
      return `History import paused after ${count} requests.`;
    default:
      return null;
  }
}
