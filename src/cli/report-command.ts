import { parseRecord, StreamingReport, type Report } from '../domain';
import { write, type CliIo } from './io';
import { forEachLine } from './lines';
import { progressReporter } from './progress';
import { SkippedLines } from './skipped-lines';
import { formatTable } from './table';

export interface ReportRequest {
  file: string;
  asOf: number;
  from: number | null;
  to: number | null;
  format: 'json' | 'table';
}

/**
 * Streams an NDJSON file into a report: each line is parsed and validated, folded into the
 * window's aggregates and dropped, so memory grows with the aggregates, not with the file.
 */
export async function computeReport(request: ReportRequest, io: CliIo): Promise<Report> {
  const report = new StreamingReport({ asOf: request.asOf, from: request.from, to: request.to });
  const skipped = new SkippedLines(io.stderr);
  const progress = progressReporter(io);
  let read = 0;
  await forEachLine(
    request.file,
    (text, lineNumber) => {
      if (text.trim() === '') return;
      read += 1;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        skipped.skip(lineNumber, `not valid JSON (${(error as Error).message})`);
        return;
      }
      const parsed = parseRecord(value);
      if (parsed.ok) report.add(parsed.record);
      else skipped.skip(lineNumber, parsed.reason);
    },
    progress.update,
  );
  progress.done();
  skipped.summarise(read);
  return report.finish({ read, skipped: skipped.count });
}

export async function runReport(request: ReportRequest, io: CliIo): Promise<void> {
  const report = await computeReport(request, io);
  const text = request.format === 'json' ? JSON.stringify(report, null, 2) : formatTable(report);
  await write(io.stdout, `${text}\n`);
}
