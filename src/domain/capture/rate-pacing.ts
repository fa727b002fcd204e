import type { EpochMs } from '../records/instant';

const MINUTE_MS = 60_000;

/**
 * The earliest moment the next Jira call may go out so that no 60-second window holds more than
 * `limitPerMinute` calls, and not before `blockedUntil` (a 429's `Retry-After`, see `retryAfterUntil`).
 * Calls older than a minute no longer matter; `lastCalls` need not be sorted.
 *
 * @example
 *   nextCallAt([0, 10_000, 20_000], 3, 30_000) //=> 60_000 (the call at 0 leaves the window)
 *
 * Empty and invalid input: no recent calls gives `now` (or `blockedUntil`); a limit below 1 or
 * not a whole number gives `null` (no call can be scheduled).
 */
export function nextCallAt(
  lastCalls: readonly EpochMs[],
  limitPerMinute: number,
  now: EpochMs,
  blockedUntil: EpochMs | null = null,
): EpochMs | null {
  if (!Number.isInteger(limitPerMinute) || limitPerMinute < 1) return null;
  const recent = lastCalls.filter((at) => at > now - MINUTE_MS).sort((a, b) => a - b);
  const excess = recent.length - limitPerMinute;
  // The call that must leave the window: once it is a minute old, one slot is free.
  const freedAt = excess < 0 ? now : (recent[excess] as number) + MINUTE_MS;
  return Math.max(now, freedAt, blockedUntil ?? now);
}

/**
 * The moment a `Retry-After` header allows the next call: delay-seconds or an HTTP date.
 *
 * Empty and invalid input: an absent or unreadable header gives `null` (the caller falls back to
 * its own back-off); a date in the past gives `now`.
 */
export function retryAfterUntil(header: string | null | undefined, now: EpochMs): EpochMs | null {
  const text = header?.trim() ?? '';
  if (text === '') return null;
  if (/^\d+$/.test(text)) return now + Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(now, at);
}
