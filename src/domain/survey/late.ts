import { addHours } from './instants';
import type { Survey } from './survey';

/** The app's promise: the invitation goes out within this many hours of resolution. */
export const INVITATION_PROMISE_HOURS = 24;

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
