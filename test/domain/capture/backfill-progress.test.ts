import {
  advanceProgress,
  backfillProgressSchema,
  estimateRemaining,
  failProgress,
  pauseProgress,
  progressPercent,
  resumeProgress,
  startProgress,
  type BackfillProgress,
} from '../../../src/domain/capture';

const t0 = Date.parse('2026-03-01T00:00:00Z');
const s = (seconds: number) => t0 + seconds * 1000;

function twoPages(): BackfillProgress {
  const first = advanceProgress(startProgress(t0, 1000), {
    from: null,
    captured: 100,
    nextPageToken: 'p2',
    at: s(10),
  });
  return advanceProgress(first, {
    from: 'p2',
    captured: 98,
    failures: ['SD-7: 404', 'SD-9: 403'],
    nextPageToken: 'p3',
    at: s(20),
  });
}

describe('backfill progress', () => {
  it('counts pages, keeps the cursor, and records failures', () => {
    expect(twoPages()).toEqual({
      state: 'running',
      total: 1000,
      done: 200,
      cursor: 'p3',
      startedAt: '2026-03-01T00:00:00.000Z',
      updatedAt: '2026-03-01T00:00:20.000Z',
      activeMs: 20_000,
      errors: 2,
      lastError: 'SD-9: 403',
    });
    expect(backfillProgressSchema.parse(twoPages())).toEqual(twoPages());
  });

  it('counts a page once: one applied again or from another cursor changes nothing', () => {
    const progress = twoPages();
    expect(advanceProgress(progress, { from: 'p2', captured: 100, nextPageToken: 'p3', at: s(30) })).toBe(
      progress,
    );
    expect(advanceProgress(progress, { from: null, captured: 100, nextPageToken: 'p2', at: s(30) })).toBe(
      progress,
    );
  });

  it('ends on the last page, with the total what was done', () => {
    const done = advanceProgress(twoPages(), { from: 'p3', captured: 50, at: s(25) });
    expect(done).toMatchObject({ state: 'done', done: 250, total: 250, cursor: null });
    expect(progressPercent(done)).toBe(100);
    expect(estimateRemaining(done, s(99))).toBe(0);
    expect(advanceProgress(done, { from: null, captured: 1, at: s(30) })).toBe(done);
  });

  it('never lets the total estimate fall below what was done', () => {
    const progress = advanceProgress(startProgress(t0, 50), {
      from: null,
      captured: 80,
      nextPageToken: 'p2',
      at: s(5),
    });
    expect(progress.total).toBe(80);
  });

  it('estimates the time left from the running rate, counting down between pages', () => {
    const progress = twoPages();
    // 20 s for 200 tickets: 100 ms each, 800 left.
    expect(estimateRemaining(progress, s(20))).toBe(80_000);
    expect(estimateRemaining(progress, s(25))).toBe(75_000);
    expect(estimateRemaining(progress, s(500))).toBe(0);
    expect(progressPercent(progress)).toBe(20);
  });

  it('leaves pauses out of the rate', () => {
    const paused = pauseProgress(twoPages(), s(30));
    expect(paused).toMatchObject({ state: 'paused', activeMs: 30_000 });
    // A paused estimate stands still: 800 × 150 ms.
    expect(estimateRemaining(paused, s(3600))).toBe(120_000);
    const resumed = resumeProgress(paused, s(3600));
    expect(resumed).toMatchObject({
      state: 'running',
      activeMs: 30_000,
      updatedAt: new Date(s(3600)).toISOString(),
    });
    const next = advanceProgress(resumed, { from: 'p3', captured: 100, nextPageToken: 'p4', at: s(3610) });
    expect(next).toMatchObject({ done: 300, activeMs: 40_000 });
    expect(estimateRemaining(next, s(3610))).toBe(Math.round((700 * 40_000) / 300));
  });

  it('has no estimate until enough is done, or without a total, or after a failure', () => {
    const early = advanceProgress(startProgress(t0, 1000), {
      from: null,
      captured: 99,
      nextPageToken: 'p2',
      at: s(10),
    });
    expect(estimateRemaining(early, s(10))).toBeNull();
    const unknown = advanceProgress(startProgress(t0), {
      from: null,
      captured: 500,
      nextPageToken: 'p2',
      at: s(10),
    });
    expect(estimateRemaining(unknown, s(10))).toBeNull();
    expect(progressPercent(unknown)).toBeNull();
    const failed = failProgress(twoPages(), s(21), 'Jira unavailable');
    expect(failed).toMatchObject({ state: 'failed', errors: 3, lastError: 'Jira unavailable', cursor: 'p3' });
    expect(estimateRemaining(failed, s(21))).toBeNull();
    expect(resumeProgress(failed, s(60))).toMatchObject({ state: 'running', cursor: 'p3' });
  });

  it('ignores a page that arrives while paused', () => {
    const paused = pauseProgress(twoPages(), s(30));
    expect(advanceProgress(paused, { from: 'p3', captured: 100, nextPageToken: 'p4', at: s(31) })).toBe(
      paused,
    );
  });
});
