import type { RecordsExport } from '../../../src/contract/backfill';
import type { Envelope } from '../../../src/contract/envelope';
import { parseRecord } from '../../../src/domain/records/canonical';
import {
  collectExport,
  exportFilename,
  joinNdjsonParts,
  recordsProgressText,
} from '../../../static/admin/src/records-export';
import { fakeTicketLines } from './fixtures';

const part = (ndjson: string, records: number, cursor?: string): Envelope<RecordsExport> => ({
  ok: true,
  data: cursor === undefined ? { ndjson, records } : { ndjson, records, cursor },
});

describe('records export', () => {
  it('names the file after the viewer’s calendar day', () => {
    expect(exportFilename(new Date(2025, 2, 9, 23, 59))).toBe('cx-metrics-records-2025-03-09.ndjson');
    expect(exportFilename(new Date(2026, 11, 31, 0, 0))).toBe('cx-metrics-records-2026-12-31.ndjson');
  });

  it('joins parts into one record per line, whatever their line endings', () => {
    expect(joinNdjsonParts(['{"a":1}\n{"a":2}\n', '{"a":3}', '\n{"a":4}\r\n', ''])).toBe(
      '{"a":1}\n{"a":2}\n{"a":3}\n{"a":4}\n',
    );
    expect(joinNdjsonParts(['', '\n'])).toBe('');
    expect(joinNdjsonParts([])).toBe('');
  });

  it('shows the running count', () => {
    expect(recordsProgressText(12_400, 'en')).toBe('12,400 records…');
    expect(recordsProgressText(1, 'en')).toBe('1 record…');
  });

  it('follows the cursor to the last part and reports the count after each', async () => {
    const answers: Record<string, Envelope<RecordsExport>> = {
      start: part('{"n":1}\n{"n":2}\n', 2, 'c1'),
      c1: part('{"n":3}', 1, 'c2'),
      c2: part('{"n":4}\n', 1),
    };
    const asked: Array<string | undefined> = [];
    const seen: number[] = [];
    const result = await collectExport(
      async (cursor) => {
        asked.push(cursor);
        return answers[cursor ?? 'start']!;
      },
      (records) => seen.push(records),
    );
    expect(asked).toEqual([undefined, 'c1', 'c2']);
    expect(seen).toEqual([2, 3, 4]);
    expect(result).toEqual({ ok: true, ndjson: '{"n":1}\n{"n":2}\n{"n":3}\n{"n":4}\n', records: 4 });
  });

  it('stops at a failed part with its error', async () => {
    const result = await collectExport(async (cursor) =>
      cursor === undefined
        ? part('{"n":1}\n', 1, 'c1')
        : { ok: false, error: { code: 'FORBIDDEN', message: 'Admins only.' } },
    );
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Admins only.' }, records: 1 });
  });

  it('stops when the backend repeats a cursor or never ends', async () => {
    const loop = await collectExport(async () => part('{"n":1}\n', 1, 'same'));
    expect(loop).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' }, records: 2 });
    let n = 0;
    const endless = await collectExport(async () => part('', 0, `c${(n += 1)}`), undefined, 5);
    expect(endless).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(n).toBe(5);
  });

  it('an empty first part without a cursor is an empty export', async () => {
    expect(await collectExport(async () => part('', 0))).toEqual({ ok: true, ndjson: '', records: 0 });
  });

  it('the dev host’s records are canonical records the CLI reads', () => {
    for (const line of fakeTicketLines(0, 50).split('\n')) {
      expect(parseRecord(JSON.parse(line))).toMatchObject({ ok: true });
    }
  });
});
