import { nextCallAt, retryAfterUntil } from '../../../src/domain/capture';

describe('nextCallAt', () => {
  it('allows a call now while the last minute has room', () => {
    expect(nextCallAt([], 3, 30_000)).toBe(30_000);
    expect(nextCallAt([0, 10_000], 3, 30_000)).toBe(30_000);
    expect(nextCallAt([-40_000, -35_000, -31_000], 3, 30_000)).toBe(30_000);
  });

  it('waits until the oldest call in a full window is a minute old', () => {
    expect(nextCallAt([20_000, 0, 10_000], 3, 30_000)).toBe(60_000);
    expect(nextCallAt([0, 1_000, 2_000, 3_000, 4_000], 3, 30_000)).toBe(62_000);
  });

  it('waits for Retry-After when that is later', () => {
    expect(nextCallAt([0], 3, 30_000, 90_000)).toBe(90_000);
    expect(nextCallAt([0, 10_000, 20_000], 3, 30_000, 45_000)).toBe(60_000);
  });

  it('schedules nothing under a limit below 1', () => {
    expect(nextCallAt([], 0, 30_000)).toBeNull();
    expect(nextCallAt([], 2.5, 30_000)).toBeNull();
  });
});

describe('retryAfterUntil', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterUntil('30', now)).toBe(now + 30_000);
    expect(retryAfterUntil('Sun, 01 Mar 2026 12:02:00 GMT', now)).toBe(now + 120_000);
    expect(retryAfterUntil('Sun, 01 Mar 2026 11:00:00 GMT', now)).toBe(now);
  });

  it('gives null for a missing or unreadable header', () => {
    expect(retryAfterUntil(undefined, now)).toBeNull();
    expect(retryAfterUntil('', now)).toBeNull();
    expect(retryAfterUntil('soon', now)).toBeNull();
  });
});
