import { convertTables, type RowReport } from '../../domain/servicenow';
import { write, type CliIo } from '../io';
import { readExport, readMapping } from './export-file';

export interface ServiceNowImportRequest {
  file: string;
  table: string | null;
  mapping: string | null;
}

/** Enough named rows to find a systematic problem without flooding the terminal. */
const SHOWN = 100;

/**
 * Converts a Table API export to canonical NDJSON on stdout. On stderr every row that made no
 * record is named with its reason (skipped: unusable; excluded: left out by the mapping), so are
 * records made with something left out (note), and tables or rows that feed nothing by design.
 */
export async function runImportServiceNow(request: ServiceNowImportRequest, io: CliIo): Promise<void> {
  const mapping = await readMapping(request.mapping);
  const tables = await readExport(request.file, request.table);
  const out = convertTables(tables, mapping);
  const lines = out.records.map((record) => JSON.stringify(record));
  if (lines.length > 0) await write(io.stdout, `${lines.join('\n')}\n`);

  const reports = [
    ...out.skipped.map((report) => line(report, 'skipped')),
    ...out.excluded.map((report) => line(report, 'excluded')),
    ...out.notes.map((report) => line(report, 'note')),
  ];
  const hidden = reports.length > SHOWN ? [`(${reports.length - SHOWN} more not shown)`] : [];
  const summary = [
    ...out.unused.map((text) => `unused: ${text}`),
    ...(out.skipped.length > 0 ? [`skipped ${out.skipped.length} of ${out.rowsRead} rows`] : []),
    ...(out.excluded.length > 0 ? [`excluded ${out.excluded.length} of ${out.rowsRead} rows`] : []),
  ];
  const text = [...reports.slice(0, SHOWN), ...hidden, ...summary];
  if (text.length > 0) await write(io.stderr, `${text.join('\n')}\n`);
}

function line(report: RowReport, kind: string): string {
  const label = report.label === undefined ? '' : ` (${report.label})`;
  return `${report.table} row ${report.row}${label}: ${kind}: ${report.message}`;
}
