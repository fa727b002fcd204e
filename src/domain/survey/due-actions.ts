import { reached } from './instants';
import { isLate } from './late';
import type { Survey } from './survey';

/**
 * What the sweeper must do with one survey now. `none` carries the next moment something will
 * be due (`null` when nothing ever will), so a sweeper can index surveys by it.
 */
export type DueAction =
  | { action: 'invite'; late: boolean }
  | { action: 'remind' }
  | { action: 'expire' }
  | { action: 'none'; nextAt: string | null };

/**
 * The sweeper's next step for a survey at `now`. Every boundary is inclusive: a survey is due at
 * `dueAt`, reminded at `remindAt` and expired at `expiresAt` exactly.
 *
 * - `scheduled`: `invite` once `dueAt` is reached, flagged `late` past resolution + 24 h (it is
 *   invited anyway: nothing is dropped silently).
 * - `invited`: `expire` once `expiresAt` is reached (a reminder still pending then is moot);
 *   else `remind` once `remindAt` is reached and no reminder was sent.
 * - `answered`, `expired`, `cancelled`, `skipped`: `none`, for good.
 */
export function dueActions(survey: Survey, now: Date): DueAction {
  if (survey.state === 'scheduled') {
    if (reached(now, survey.dueAt)) return { action: 'invite', late: isLate(survey.resolvedAt, now) };
    return { action: 'none', nextAt: survey.dueAt };
  }
  if (survey.state !== 'invited') return { action: 'none', nextAt: null };
  if (reached(now, survey.expiresAt)) return { action: 'expire' };
  const reminderPending = survey.remindAt !== null && survey.remindedAt === null;
  if (reminderPending && reached(now, survey.remindAt)) return { action: 'remind' };
  return { action: 'none', nextAt: reminderPending ? survey.remindAt : survey.expiresAt };
}
