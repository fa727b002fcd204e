/**
 * Saving the drill-down's CSV. The backend names the file; the name is cleaned here because it
 * becomes a path on the user's disk, and the text gets a byte-order mark so spreadsheet programs
 * read its UTF-8 (names, comments) correctly.
 */
export const FALLBACK_CSV_NAME = 'cx-responses.csv';

export function csvFilename(name: string | undefined | null): string {
  const base = [...(name ?? '')]
    .map((char) => (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f ? '-' : char))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/^[.\s-]+|[.\s]+$/g, '')
    .slice(0, 120);
  if (base === '') return FALLBACK_CSV_NAME;
  return /\.csv$/i.test(base) ? base : `${base}.csv`;
}

export const CSV_BOM = '\ufeff';

export function csvBlobParts(csv: string): string[] {
  return csv.startsWith(CSV_BOM) ? [csv] : [CSV_BOM, csv];
}

/** Hands the CSV to the browser as a download through a temporary Blob URL and an `<a download>`. */
export function downloadCsv(filename: string, csv: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob(csvBlobParts(csv), { type: 'text/csv;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = csvFilename(filename);
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; free it a little later for slower browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
