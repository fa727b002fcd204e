/**
 * The ticket's own timings as the agent panel lists them. Pure, so the wording is pinned by tests.
 */
import type { TicketTimings } from '../../../src/contract/backfill';
import { spokenDuration } from '../../shared/duration';
import { formatDateTime, type DisplayPrefs } from '../../shared/format';

export interface TimingRow {
  key: string;
  label: string;
  value: string;
  /** The moment the value stands for, for `<time dateTime>`. */
  at?: string;
  /** Words after the value: who answered first, how long it took. */
  detail?: string;
}

export const RESPONDER: Readonly<Record<NonNullable<TicketTimings['firstResponseBy']>, string>> = {
  human: 'by an agent',
  automation: 'by automation',
};

/** "never", "once", "3 times". */
export function reopenedText(count: number): string {
  if (count <= 0) return 'never';
  return count === 1 ? 'once' : `${count} times`;
}

/**
 * Created, first response (and who gave it), time to acknowledge, first resolution (and how long it
 * took), reopens and handle time, in that order; a step that has not happened says so.
 */
export function timingRows(timings: TicketTimings, prefs: DisplayPrefs = {}): TimingRow[] {
  const moment = (key: string, label: string, at: string | null, none: string, detail?: string): TimingRow =>
    at === null
      ? { key, label, value: none }
      : { key, label, value: formatDateTime(at, prefs), at, ...(detail ? { detail } : {}) };
  const duration = (seconds: number | null, none: string) =>
    seconds === null || !Number.isFinite(seconds) ? none : spokenDuration(seconds);
  // A ticket resolved with no public reply will not get a first response for this resolution:
  // "not yet" would promise one.
  const noReply = timings.firstResponseAt === null && timings.resolvedAt !== null;
  const noResponse = noReply ? 'none: resolved without a public reply' : 'none yet';
  const notAcknowledged = noReply ? 'never acknowledged' : 'not yet';

  return [
    moment('created', 'Created', timings.createdAt, 'unknown'),
    moment(
      'firstResponse',
      'First response',
      timings.firstResponseAt,
      noResponse,
      timings.firstResponseBy ? RESPONDER[timings.firstResponseBy] : undefined,
    ),
    {
      key: 'acknowledge',
      label: 'Time to acknowledge',
      value: duration(
        timings.acknowledgeSeconds,
        timings.firstResponseAt === null ? notAcknowledged : 'unknown',
      ),
    },
    moment(
      'resolved',
      'Resolved',
      timings.resolvedAt,
      'not yet',
      timings.resolveSeconds === null ? undefined : `after ${spokenDuration(timings.resolveSeconds)}`,
    ),
    { key: 'reopened', label: 'Reopened', value: reopenedText(timings.reopenedAt.length) },
    { key: 'handle', label: 'Handle time', value: duration(timings.handleSeconds, 'no time logged') },
  ];
}
