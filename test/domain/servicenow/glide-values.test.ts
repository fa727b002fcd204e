import {
  formatGlideDateTime,
  readDateTime,
  readDurationSeconds,
  readRow,
  readWholeNumber,
} from '../../../src/domain/servicenow';
import { INCIDENT_A } from './fixtures';

describe('raw ServiceNow values', () => {
  it('reads raw UTC date-times, "" as unknown, and refuses display formats and impossible dates', () => {
    expect(readDateTime('2025-03-03 08:15:00')).toEqual({ ok: true, value: Date.UTC(2025, 2, 3, 8, 15, 0) });
    expect(readDateTime('')).toEqual({ ok: true, value: undefined });
    expect(readDateTime('2025-03-03T08:15:00Z')).toEqual({
      ok: false,
      reason:
        '"2025-03-03T08:15:00Z" is not a raw UTC date-time (YYYY-MM-DD HH:mm:ss; export with sysparm_display_value=false)',
    });
    expect(readDateTime('03/03/2025 08:15:00').ok).toBe(false);
    expect(readDateTime('2025-02-30 00:00:00').ok).toBe(false);
    expect(formatGlideDateTime(Date.UTC(2025, 2, 3, 8, 15, 0))).toBe('2025-03-03 08:15:00');
  });

  it('reads durations as epoch offsets, and integer seconds as they are', () => {
    expect(readDurationSeconds('1970-01-01 00:02:17')).toEqual({ ok: true, value: 137 });
    expect(readDurationSeconds('1970-01-02 01:00:00')).toEqual({ ok: true, value: 90_000 });
    expect(readDurationSeconds('2830')).toEqual({ ok: true, value: 2830 });
    expect(readDurationSeconds('')).toEqual({ ok: true, value: undefined });
    expect(readDurationSeconds('1969-12-31 23:59:59')).toEqual({
      ok: false,
      reason: '"1969-12-31 23:59:59" is neither a duration (1970-01-01 HH:mm:ss offset) nor seconds',
    });
  });

  it('reads "4" and "4.0" alike, and refuses fractions and words', () => {
    expect(readWholeNumber('4')).toEqual({ ok: true, value: 4 });
    expect(readWholeNumber('4.0')).toEqual({ ok: true, value: 4 });
    expect(readWholeNumber('-1')).toEqual({ ok: true, value: -1 });
    expect(readWholeNumber('4.5')).toEqual({ ok: false, reason: '"4.5" is not a whole number' });
    expect(readWholeNumber('four')).toEqual({ ok: false, reason: '"four" is not a number' });
  });
});

describe('Table API rows', () => {
  it('takes a fixture row as it is', () => {
    expect(readRow(INCIDENT_A)).toEqual({ ok: true, row: INCIDENT_A });
  });

  it('reads reference links and display_value=all objects as their raw value', () => {
    const row = {
      sys_id: 'x',
      assignment_group: { link: 'https://dev.service-now.com/api/now/table/sys_user_group/g1', value: 'g1' },
      state: { display_value: 'Closed', value: '7' },
    };
    expect(readRow(row)).toEqual({ ok: true, row: { sys_id: 'x', assignment_group: 'g1', state: '7' } });
  });

  it('names the field that is not a string, since ServiceNow sends none', () => {
    expect(readRow({ sys_id: 'x', priority: 3 })).toEqual({
      ok: false,
      reason: 'field "priority" holds 3; the Table API sends every value as a string',
    });
    expect(readRow({ sys_id: 'x', resolved_at: null })).toEqual({
      ok: false,
      reason: 'field "resolved_at" holds null; the Table API sends every value as a string',
    });
    expect(readRow(['x'])).toEqual({ ok: false, reason: 'not a row: expected an object of string values' });
  });
});
