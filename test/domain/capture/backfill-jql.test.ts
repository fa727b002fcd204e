import { backfillJql } from '../../../src/domain/capture';

const now = Date.parse('2026-03-15T10:00:00Z');

describe('backfillJql', () => {
  it('reaches back 12 months by default, oldest first, ties by key', () => {
    expect(backfillJql({ projects: ['SD', 'IT'], now })).toEqual({
      ok: true,
      jql: 'project in ("SD", "IT") AND created >= "2025-03-15" ORDER BY created ASC, key ASC',
    });
  });

  it('reaches back the months asked for, clamping to the end of a shorter month', () => {
    expect(backfillJql({ projects: ['SD'], months: 1, now: Date.parse('2026-03-31T12:00:00Z') })).toEqual({
      ok: true,
      jql: 'project in ("SD") AND created >= "2026-02-28" ORDER BY created ASC, key ASC',
    });
  });

  it('takes the calendar date in the reporting time zone', () => {
    const late = Date.parse('2026-03-31T23:30:00Z');
    const result = backfillJql({ projects: ['SD'], months: 12, now: late, timeZone: 'Pacific/Auckland' });
    expect(result.ok && result.jql).toContain('created >= "2025-04-01"');
  });

  it('quotes keys and drops repeats', () => {
    const result = backfillJql({ projects: ['SD', ' SD ', 'A"B'], months: 3, now });
    expect(result.ok && result.jql).toBe(
      'project in ("SD", "A\\"B") AND created >= "2025-12-15" ORDER BY created ASC, key ASC',
    );
  });

  it('refuses no project, a blank key, and months that are not a whole number ≥ 1', () => {
    expect(backfillJql({ projects: [], now })).toEqual({ ok: false, reason: 'no project to backfill' });
    expect(backfillJql({ projects: ['  '], now })).toEqual({ ok: false, reason: 'a project key is blank' });
    for (const months of [0, -1, 1.5, Number.NaN])
      expect(backfillJql({ projects: ['SD'], months, now }).ok).toBe(false);
  });
});
