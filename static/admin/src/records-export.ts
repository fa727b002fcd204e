/**
 * The records download: every part of `exportRecords`, followed by its cursor, joined into one
 * NDJSON file for `cx-metrics report`. The loop takes the fetch as an argument, so it is tested
 * without a backend.
 */
import type { Envelope, ResolverError } from '../../../src/contract/envelope';
import type { RecordsExport } from '../../../src/contract/backfill';

/** A stop for a backend that keeps answering cursors (about 10 million records at 1,000 a part). */
export const MAX_EXPORT_PARTS = 10_000;

export const NDJSON_TYPE = 'application/x-ndjson;charset=utf-8';

/** `cx-metrics-records-2025-03-31.ndjson`, dated in the viewer's own calendar. */
export function exportFilename(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `cx-metrics-records-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.ndjson`;
}

/**
 * The parts as one NDJSON text: each record on its own line, blank lines dropped (a part may or
 * may not end with a newline), and a newline after the last record, as line-based tools expect.
 */
export function joinNdjsonParts(parts: readonly string[]): string {
  const lines: string[] = [];
  for (const part of parts) {
    for (const line of part.split(/\r?\n/)) if (line.trim() !== '') lines.push(line);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** "12,400 records…" while the parts arrive. */
export function recordsProgressText(records: number, locale?: string): string {
  return `${new Intl.NumberFormat(locale).format(records)} ${records === 1 ? 'record' : 'records'}…`;
}

export type CollectedExport =
  { ok: true; ndjson: string; records: number } | { ok: false; error: ResolverError; records: number };

/**
 * Asks for parts until one comes without a cursor, reporting the running record count after each.
 * A failed part ends the export with its error; so does a cursor that repeats (the backend would
 * send the same part forever) or more than `maxParts` parts.
 */
export async function collectExport(
  fetchPart: (cursor?: string) => Promise<Envelope<RecordsExport>>,
  onProgress: (records: number) => void = () => undefined,
  maxParts = MAX_EXPORT_PARTS,
): Promise<CollectedExport> {
  const parts: string[] = [];
  const seen = new Set<string>();
  let records = 0;
  let cursor: string | undefined;
  for (let n = 0; n < maxParts; n += 1) {
    const answer = await fetchPart(cursor);
    if (!answer.ok) return { ok: false, error: answer.error, records };
    parts.push(answer.data.ndjson);
    records += answer.data.records;
    onProgress(records);
    cursor = answer.data.cursor;
    if (cursor === undefined || cursor === '') return { ok: true, ndjson: joinNdjsonParts(parts), records };
    if (seen.has(cursor)) break;
    seen.add(cursor);
  }
  return {
    ok: false,
    error: { code: 'UNAVAILABLE', message: 'The export did not come to an end; try again later.' },
    records,
  };
}
