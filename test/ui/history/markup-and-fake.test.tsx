/**
 * The progress block as the browser and a screen reader get it, and the dev host's fake import
 * (which the browser check of the admin page relies on to reach 100 %).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { BackfillStatus } from '../../../src/contract/backfill';
import { BackfillProgressView } from '../../../static/admin/src/BackfillProgressView';
import { FAKE_TOTAL, fakeHistory } from './fixtures';

const running: BackfillStatus = {
  state: 'running',
  months: 12,
  total: 12_400,
  done: 5_400,
  percent: 43.5,
  etaSeconds: 186,
  startedAt: '2025-03-31T09:00:00.000Z',
  updatedAt: '2025-03-31T09:03:00.000Z',
  errors: 2,
  lastError: null,
};
const prefs = { locale: 'en_US', timezone: 'UTC' };

describe('history import markup', () => {
  it('exposes the bar’s value, range and words, and shows the count and time left', () => {
    const html = renderToStaticMarkup(<BackfillProgressView status={running} prefs={prefs} locale="en" />);
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-labelledby="cx-history-bar-label"');
    expect(html).toContain('aria-valuemin="0" aria-valuemax="100" aria-valuenow="43"');
    expect(html).toContain('aria-valuetext="5,400 of 12,400 · 43\u00a0%"');
    expect(html).toContain('about 3\u00a0min left');
    expect(html).toContain('2 requests could not be imported');
    expect(html).toContain('Running');
  });

  it('says "estimating…" without an estimate, and no time left once stopped', () => {
    const estimating = renderToStaticMarkup(
      <BackfillProgressView status={{ ...running, etaSeconds: null }} prefs={prefs} locale="en" />,
    );
    expect(estimating).toContain('estimating…');
    const failed = renderToStaticMarkup(
      <BackfillProgressView
        status={{ ...running, state: 'failed', etaSeconds: 60, lastError: 'Jira <b>503</b>' }}
        prefs={prefs}
        locale="en"
      />,
    );
    expect(failed).toContain('Failed');
    expect(failed).toContain('Jira &lt;b&gt;503&lt;/b&gt;');
    expect(failed).not.toContain('left');
    const done = renderToStaticMarkup(
      <BackfillProgressView status={{ ...running, state: 'done', percent: 98 }} prefs={prefs} locale="en" />,
    );
    expect(done).toContain('aria-valuenow="100"');
  });
});

describe('the dev host’s fake import', () => {
  it('grows on each read until done, then stays done', async () => {
    const history = fakeHistory({ partDelayMs: 0 });
    const seen: BackfillStatus[] = [];
    for (let n = 0; n < 10; n += 1) {
      const answer = await history.answer('getBackfill', {});
      if (!answer?.ok) throw new Error('no answer');
      seen.push(answer.data as BackfillStatus);
    }
    expect(seen[0]).toMatchObject({ state: 'running', done: 0, etaSeconds: null });
    expect(seen.map((s) => s.done)).toEqual([...seen.map((s) => s.done)].sort((a, b) => a - b));
    expect(seen[8]).toMatchObject({ state: 'done', done: FAKE_TOTAL, percent: 100 });
    expect(seen[9]?.state).toBe('done');
  });

  it('refuses a second start and out-of-range months; 24 months fails part-way and resumes', async () => {
    const history = fakeHistory({ partDelayMs: 0 });
    expect(await history.answer('startBackfill', { months: 12 })).toMatchObject({
      error: { code: 'CONFLICT' },
    });
    for (let n = 0; n < 9; n += 1) await history.answer('getBackfill', {});
    expect(await history.answer('startBackfill', { months: 25 })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(await history.answer('startBackfill', { months: 24 })).toMatchObject({ ok: true });
    for (let n = 0; n < 5; n += 1) await history.answer('getBackfill', {});
    expect(history.status()).toMatchObject({ state: 'failed', lastError: expect.stringContaining('503') });
    expect(await history.answer('resumeBackfill', {})).toMatchObject({
      ok: true,
      data: { state: 'running' },
    });
  });

  it('exports its records in parts that add up', async () => {
    const history = fakeHistory({ partDelayMs: 0 });
    let cursor: string | undefined;
    let records = 0;
    do {
      const answer = await history.answer('exportRecords', cursor === undefined ? {} : { cursor });
      if (!answer?.ok) throw new Error('no part');
      const part = answer.data as { records: number; cursor?: string; ndjson: string };
      expect(part.ndjson.trim().split('\n')).toHaveLength(part.records);
      records += part.records;
      cursor = part.cursor;
    } while (cursor);
    expect(records).toBe(12_400);
  });
});
