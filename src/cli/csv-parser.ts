/** A CSV row with the line it starts on, for error messages. */
export interface CsvRow {
  fields: string[];
  line: number;
}

/** The input is not CSV (an unterminated quoted field). */
export class CsvError extends Error {}

/**
 * An incremental RFC 4180 parser: comma-separated fields, double-quoted fields that may hold
 * commas, quotes (doubled) and line breaks, CRLF or LF row ends. Chunks may split anywhere, so a
 * file streams through in constant memory per row. Blank lines are ignored. A stray quote inside
 * an unquoted field is kept as text, as spreadsheet tools do.
 */
export class CsvParser {
  private field = '';
  private fields: string[] = [];
  private inQuotes = false;
  /** A quote was just read inside a quoted field: either an escaped quote or the closing one. */
  private quoteSeen = false;
  /** A CR ended the last row; a LF right after it belongs to the same row end. */
  private afterCr = false;
  private line = 1;
  private rowLine = 1;

  push(chunk: string, onRow: (row: CsvRow) => void): void {
    for (let i = 0; i < chunk.length; i += 1) {
      const ch = chunk[i] as string;
      if (this.afterCr) {
        this.afterCr = false;
        if (ch === '\n') continue;
      }
      if (this.inQuotes) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (ch === '"') {
            this.field += '"';
            continue;
          }
          this.inQuotes = false;
        } else {
          if (ch === '"') this.quoteSeen = true;
          else {
            if (ch === '\n') this.line += 1;
            this.field += ch;
          }
          continue;
        }
      }
      if (ch === ',') {
        this.fields.push(this.field);
        this.field = '';
      } else if (ch === '\n' || ch === '\r') {
        this.afterCr = ch === '\r';
        this.endRow(onRow);
        this.line += 1;
        this.rowLine = this.line;
      } else if (ch === '"' && this.field === '') {
        this.inQuotes = true;
      } else {
        this.field += ch;
      }
    }
  }

  /** Flushes the last row. Throws {@link CsvError} if a quoted field never closed. */
  end(onRow: (row: CsvRow) => void): void {
    if (this.inQuotes && !this.quoteSeen)
      throw new CsvError(`line ${this.rowLine}: a quoted field is never closed`);
    this.inQuotes = false;
    this.quoteSeen = false;
    this.endRow(onRow);
  }

  private endRow(onRow: (row: CsvRow) => void): void {
    this.fields.push(this.field);
    const fields = this.fields;
    this.fields = [];
    this.field = '';
    if (fields.length > 1 || fields[0] !== '') onRow({ fields, line: this.rowLine });
  }
}

/** Parses a whole CSV text (for tests and small inputs). */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  const parser = new CsvParser();
  parser.push(text, (row) => rows.push(row));
  parser.end((row) => rows.push(row));
  return rows;
}
