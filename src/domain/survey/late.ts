import { addHours } from './instants';
import type { Survey } from './survey';

/** The app's promise: the invitation goes out within this many hours of resolution. */
export const INVITATION_PROMISE_HOURS = 24;

/**
 * How long before the deadline a survey falls due at the latest: room for a few sweeper runs (every
 * five minutes), so even the longest delay is sent on time when Jira answers.
 */
export const SWEEP_MARGIN_MINUTES = 15;

/** The latest moment an invitation keeps the promise: resolution + 24 h. */
export function invitationDeadline(resolvedAt: Survey['resolvedAt']): Date {
  return addHours(resolvedAt, INVITATION_PROMISE_HOURS);
}

/**
 * Whether an invitation sent at `invitedAt` breaks the 24-hour promise. Exactly 24 hours after
 * resolution is still on time. A late invitation is still sent (and reported late), never dropped.
 */
export function isLate(resolvedAt: Survey['resolvedAt'], invitedAt: Date): boolean {
  return invitedAt.getTime() > invitationDeadline(resolvedAt).getTime();
}

/**
 * When a survey falls due: resolution + the configured delay, but never later than the deadline
 * less the sweep margin (a 24-hour delay means "as late as the promise allows").
 */
export function dueAfter(resolvedAt: Date | string, delayHours: number): Date {
  const latest = addHours(resolvedAt, INVITATION_PROMISE_HOURS).getTime() - SWEEP_MARGIN_MINUTES * 60_000;
  return new Date(Math.min(addHours(resolvedAt, delayHours).getTime(), latest));
}
