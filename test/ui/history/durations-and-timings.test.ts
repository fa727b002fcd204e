import { spokenDuration, formatTimeLeft } from '../../../static/shared/duration';
import { reopenedText, timingRows } from '../../../static/issue-panel/src/timing-rows';
import { TICKET_TIMINGS } from './fixtures';

const nb = (text: string) => text.replace(/ /g, '\u00a0');

describe('durations', () => {
  it('says a duration as people say it', () => {
    expect(spokenDuration(0)).toBe(nb('0 s'));
    expect(spokenDuration(44.6)).toBe(nb('45 s'));
    expect(spokenDuration(42 * 60)).toBe(nb('42 min'));
    expect(spokenDuration(5_400)).toBe(`${nb('1 h')} ${nb('30 min')}`);
    expect(spokenDuration(7_200)).toBe(nb('2 h'));
    expect(spokenDuration(27 * 3600)).toBe(`${nb('1 d')} ${nb('3 h')}`);
    expect(spokenDuration(48 * 3600)).toBe(nb('2 d'));
    expect(spokenDuration(-5)).toBe(nb('0 s'));
  });

  it('says the time left loosely, and "estimating…" without an estimate', () => {
    expect(formatTimeLeft(null)).toBe('estimating…');
    expect(formatTimeLeft(Number.NaN)).toBe('estimating…');
    expect(formatTimeLeft(20)).toBe('less than a minute left');
    expect(formatTimeLeft(186)).toBe(`about ${nb('3 min')} left`);
    expect(formatTimeLeft(59 * 60)).toBe(`about ${nb('59 min')} left`);
    expect(formatTimeLeft(83 * 60)).toBe(`about ${nb('1 h')} ${nb('25 min')} left`);
    expect(formatTimeLeft(2 * 86_400 + 3 * 3600)).toBe(`about ${nb('2 d')} ${nb('3 h')} left`);
  });
});

describe('ticket timings rows', () => {
  const prefs = { locale: 'en_US', timezone: 'UTC' };

  it('lists created, first response by whom, acknowledge, resolution, reopens and handle time', () => {
    const rows = timingRows(TICKET_TIMINGS['SD-2']!, prefs);
    expect(rows.map((row) => row.label)).toEqual([
      'Created',
      'First response',
      'Time to acknowledge',
      'Resolved',
      'Reopened',
      'Handle time',
    ]);
    expect(rows[0]).toEqual({
      key: 'created',
      label: 'Created',
      value: 'Mar 1, 2025, 9:00 AM UTC',
      at: '2025-03-01T09:00:00.000Z',
    });
    expect(rows[1]).toMatchObject({ value: 'Mar 1, 2025, 9:42 AM UTC', detail: 'by an agent' });
    expect(rows[2]?.value).toBe(nb('42 min'));
    expect(rows[3]).toMatchObject({
      value: 'Mar 2, 2025, 12:00 PM UTC',
      detail: `after ${nb('1 d')} ${nb('3 h')}`,
    });
    expect(rows[4]?.value).toBe('once');
    expect(rows[5]?.value).toBe(`${nb('1 h')} ${nb('30 min')}`);
  });

  it('says what has not happened yet', () => {
    const rows = timingRows(
      {
        createdAt: '2025-03-01T09:00:00.000Z',
        firstResponseAt: null,
        firstResponseBy: null,
        resolvedAt: null,
        reopenedAt: [],
        acknowledgeSeconds: null,
        resolveSeconds: null,
        handleSeconds: null,
      },
      prefs,
    );
    expect(rows.map((row) => row.value).slice(1)).toEqual([
      'none yet',
      'not yet',
      'not yet',
      'never',
      'no time logged',
    ]);
    expect(rows[1]?.detail).toBeUndefined();
    expect(timingRows(TICKET_TIMINGS['SD-3']!, prefs)[1]?.detail).toBe('by automation');
  });

  it('does not promise a first response to a ticket resolved without a public reply', () => {
    const rows = timingRows(
      {
        createdAt: '2025-03-01T09:00:00.000Z',
        firstResponseAt: null,
        firstResponseBy: null,
        resolvedAt: '2025-03-01T11:00:00.000Z',
        reopenedAt: [],
        acknowledgeSeconds: null,
        resolveSeconds: 7200,
        handleSeconds: null,
      },
      prefs,
    );
    expect(rows.map((row) => row.value).slice(1, 4)).toEqual([
      'none: resolved without a public reply',
      'never acknowledged',
      'Mar 1, 2025, 11:00 AM UTC',
    ]);
    expect(rows.map((row) => row.value).join(' ')).not.toMatch(/yet/);
  });

  it("names the zone of every moment, in the viewer's zone and language", () => {
    const rows = timingRows(TICKET_TIMINGS['SD-2']!, { locale: 'de_DE', timezone: 'Europe/Berlin' });
    expect(rows[0]?.value).toBe('1. März 2025, 10:00 MEZ');
  });

  it('counts reopens in words', () => {
    expect([0, 1, 2, 7].map(reopenedText)).toEqual(['never', 'once', '2 times', '7 times']);
  });
});
