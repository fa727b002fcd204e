import type { BackfillStatus } from '../../../src/contract/backfill';
import { DEFAULT_BACKFILL_MONTHS } from '../../../src/domain/capture/backfill-jql';
import {
  BACKFILL_MONTHS,
  canResume,
  errorCountText,
  finishAnnouncement,
  backfillSummary,
  parseMonths,
  progressText,
  shownPercent,
} from '../../../static/admin/src/backfill-words';

const status = (overrides: Partial<BackfillStatus> = {}): BackfillStatus => ({
  state: 'running',
  months: 12,
  total: 12_400,
  done: 5_400,
  percent: 43.548,
  etaSeconds: 180,
  startedAt: '2025-03-31T09:00:00.000Z',
  updatedAt: '2025-03-31T09:03:00.000Z',
  errors: 0,
  lastError: null,
  ...overrides,
});

describe('history import wording', () => {
  it('defaults to the months the backend defaults to, within the contract’s 1–24', () => {
    expect(BACKFILL_MONTHS.default).toBe(DEFAULT_BACKFILL_MONTHS);
    expect([BACKFILL_MONTHS.min, BACKFILL_MONTHS.max]).toEqual([1, 24]);
  });

  it('accepts whole months from 1 to 24 and explains anything else', () => {
    expect(parseMonths(' 12 ')).toEqual({ ok: true, months: 12 });
    expect(parseMonths('1')).toEqual({ ok: true, months: 1 });
    expect(parseMonths('24')).toEqual({ ok: true, months: 24 });
    for (const typed of ['', '0', '25', '1.5', 'abc', '-3', '1e1']) {
      const parsed = parseMonths(typed);
      if (typed === '1e1') expect(parsed).toEqual({ ok: true, months: 10 });
      else expect(parsed).toEqual({ ok: false, message: 'Enter a whole number of months from 1 to 24.' });
    }
  });

  it('says what the import does with the months typed, falling back to the default', () => {
    expect(backfillSummary('6')).toMatch(/^Imports the last 6 months of requests — created, first response/);
    expect(backfillSummary('1')).toMatch(/^Imports the last month of requests/);
    expect(backfillSummary('99')).toMatch(/^Imports the last 12 months/);
    expect(backfillSummary('6')).toMatch(/so the dashboard shows history from day one\.$/);
  });

  it('never shows 100 % before the end, and always 100 % at the end', () => {
    expect(shownPercent(status({ percent: 99.7 }))).toBe(99);
    expect(shownPercent(status({ percent: 100 }))).toBe(99);
    expect(shownPercent(status({ percent: 43.9 }))).toBe(43);
    expect(shownPercent(status({ percent: -2 }))).toBe(0);
    expect(shownPercent(status({ percent: Number.NaN }))).toBe(0);
    expect(shownPercent(status({ state: 'done', percent: 97 }))).toBe(100);
  });

  it('writes the count as "n of total · p %", never more done than total', () => {
    expect(progressText(status(), 'en')).toBe('5,400 of 12,400 · 43\u00a0%');
    expect(progressText(status({ done: 12_500, total: 12_400, percent: 100.8 }), 'en')).toBe(
      '12,500 of 12,500 · 99\u00a0%',
    );
    expect(progressText(status({ state: 'done', done: 12_400, percent: 100 }), 'de')).toBe(
      '12.400 of 12.400 · 100\u00a0%',
    );
  });

  it('counts the requests that could not be imported', () => {
    expect(errorCountText(0, 'en')).toBe('No request failed to import.');
    expect(errorCountText(1, 'en')).toMatch(/^1 request could not be imported/);
    expect(errorCountText(1234, 'en')).toMatch(/^1,234 requests could not be imported/);
  });

  it('offers Resume only for an import that stopped before its end', () => {
    expect(
      ['idle', 'running', 'paused', 'done', 'failed'].filter((state) => canResume(state as never)),
    ).toEqual(['paused', 'failed']);
  });

  it('announces only the end of an import the page saw running', () => {
    expect(finishAnnouncement(undefined, status({ state: 'done', done: 12_400 }), 'en')).toBeNull();
    expect(finishAnnouncement('running', status(), 'en')).toBeNull();
    expect(finishAnnouncement('done', status({ state: 'done' }), 'en')).toBeNull();
    expect(finishAnnouncement('running', status({ state: 'done', done: 12_400 }), 'en')).toBe(
      'History import done: 12,400 requests imported.',
    );
    expect(finishAnnouncement('running', status({ state: 'failed', lastError: 'Jira is down' }), 'en')).toBe(
      'History import failed after 5,400 requests: Jira is down',
    );
    expect(finishAnnouncement('running', status({ state: 'paused' }), 'en')).toBe(
      'History import paused after 5,400 requests.',
    );
  });
});
