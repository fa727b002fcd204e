import { trendRanges } from '../../src/domain/aggregates/trend-ranges';

describe('the points of a trend', () => {
  it('starts its first week on the window first day, as the period header does', () => {
    const ranges = trendRanges('2026-11-07', '2026-12-06', 'week');
    expect(ranges[0]).toEqual({
      start: '2026-11-02',
      from: '2026-11-07',
      to: '2026-11-08',
      label: '7–8 Nov',
    });
    expect(ranges.map((range) => range.label)).toEqual([
      '7–8 Nov',
      '9–15 Nov',
      '16–22 Nov',
      '23–29 Nov',
      '30 Nov–6 Dec',
    ]);
  });

  it('names a week cut short at the end, and a one-day week, by the days it covers', () => {
    expect(trendRanges('2026-11-09', '2026-11-16', 'week').map((range) => range.label)).toEqual([
      '9–15 Nov',
      '16 Nov',
    ]);
  });

  it('names a whole month by its name, and a cut one by its days', () => {
    expect(trendRanges('2026-09-07', '2026-12-06', 'month').map((range) => range.label)).toEqual([
      '7–30 Sep 2026',
      'Oct 2026',
      'Nov 2026',
      '1–6 Dec 2026',
    ]);
  });

  it('gives a day its date', () => {
    expect(trendRanges('2026-11-30', '2026-12-01', 'day')).toEqual([
      { start: '2026-11-30', from: '2026-11-30', to: '2026-11-30', label: '30 Nov' },
      { start: '2026-12-01', from: '2026-12-01', to: '2026-12-01', label: '1 Dec' },
    ]);
  });
});
