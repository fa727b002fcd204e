import { CsvError, CsvParser, type CsvRow } from '../csv-parser';
import { write, UsageError, type CliIo } from '../io';
import { openReadable } from '../lines';
import { SkippedLines } from '../skipped-lines';
import { resolveColumns, type Columns } from './columns';
import { dateReader } from './date-reader';
import { recordsFromRow } from './row';

export interface ImportRequest {
  file: string;
  timeZone: string;
  dateFormat: string | null;
}

/**
 * Streams a Jira / JSM CSV export to canonical NDJSON on stdout, one row at a time; rows that
 * cannot be read are reported on stderr by line and skipped.
 */
export async function runImportJiraCsv(request: ImportRequest, io: CliIo): Promise<void> {
  const handle = await openReadable(request.file);
  const readDate = dateReader(request.timeZone, request.dateFormat, io.now());
  const skipped = new SkippedLines(io.stderr);
  const parser = new CsvParser();
  let columns: Columns | undefined;
  let rows = 0;
  let output: string[] = [];
  const onRow = ({ fields, line }: CsvRow) => {
    if (columns === undefined) {
      columns = resolveColumns(fields.map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name)));
      return;
    }
    rows += 1;
    const outcome = recordsFromRow(fields, columns, readDate);
    if (!outcome.ok) skipped.skip(line, outcome.reason);
    else for (const record of outcome.records) output.push(JSON.stringify(record));
  };
  try {
    for await (const chunk of handle.createReadStream({ encoding: 'utf8' })) {
      parser.push(chunk as string, onRow);
      if (output.length > 0) {
        await write(io.stdout, `${output.join('\n')}\n`);
        output = [];
      }
    }
    parser.end(onRow);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (error instanceof CsvError) throw new UsageError(`${request.file}: ${error.message}`);
    throw new UsageError(`cannot read ${request.file}: ${(error as Error).message}`);
  }
  if (columns === undefined) throw new UsageError(`${request.file}: empty file, no header row`);
  if (output.length > 0) await write(io.stdout, `${output.join('\n')}\n`);
  skipped.summarise(rows, 'rows');
}
