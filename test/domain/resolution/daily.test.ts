import { calendarDays, dayOf } from '../../../src/domain/resolution/daily';

describe('calendarDays', () => {
  it('lists the window oldest first, ending with the day of now', () => {
    expect(calendarDays(new Date('2026-03-02T10:00:00Z'), 3)).toEqual([
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });

  it('uses the reporting time zone for the day boundaries', () => {
    // 23:30 UTC on 1 March is already 2 March in Tokyo (UTC+9).
    expect(calendarDays(new Date('2026-03-01T23:30:00Z'), 1, 'Asia/Tokyo')).toEqual(['2026-03-02']);
    expect(dayOf('2026-03-01T23:30:00Z', 'Asia/Tokyo')).toBe('2026-03-02');
    expect(dayOf('2026-03-01T23:30:00Z')).toBe('2026-03-01');
  });

  it('refuses a window that is not a positive whole number of days', () => {
    expect(() => calendarDays(new Date('2026-03-02T10:00:00Z'), 0)).toThrow(RangeError);
    expect(() => calendarDays(new Date('2026-03-02T10:00:00Z'), 1.5)).toThrow('positive whole number');
  });
});
