import { CsvError, CsvParser, parseCsv, type CsvRow } from '../../src/cli/csv-parser';

const fields = (text: string) => parseCsv(text).map((row) => row.fields);

describe('CSV parser (RFC 4180)', () => {
  it('splits fields and rows, CRLF or LF, with or without a final line break', () => {
    expect(fields('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(fields('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields and ignores blank lines', () => {
    expect(fields('a,,c\n\n,,\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(fields('"a,1","say ""hi""","two\r\nlines"\nx,"",y\n')).toEqual([
      ['a,1', 'say "hi"', 'two\r\nlines'],
      ['x', '', 'y'],
    ]);
  });

  it('gives each row the line it starts on', () => {
    expect(parseCsv('h\n"multi\nline"\nnext\n').map((row) => row.line)).toEqual([1, 2, 4]);
  });

  it('gives the same rows however the input is split into chunks', () => {
    const text = 'k,"v ""q"", w"\r\n"a\r\nb",c\r\nlast,"x"';
    const whole = fields(text);
    for (let size = 1; size <= text.length; size += 1) {
      const rows: CsvRow[] = [];
      const parser = new CsvParser();
      for (let i = 0; i < text.length; i += size)
        parser.push(text.slice(i, i + size), (row) => rows.push(row));
      parser.end((row) => rows.push(row));
      expect(rows.map((row) => row.fields)).toEqual(whole);
    }
  });

  it('rejects an unterminated quoted field, naming its line', () => {
    expect(() => parseCsv('a\n"never closed\n')).toThrow(
      new CsvError('line 2: a quoted field is never closed'),
    );
  });
});
