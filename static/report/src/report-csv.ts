import type { CxReport, ReportFigure } from '../../../src/contract/report-page';

/** One CSV field (RFC 4180), with a leading =, +, - or @ neutralised for spreadsheets. */
function field(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The report's figures as CSV, one line per metric, with the numbers as the backend computed them
 * (unrounded), so a spreadsheet reproduces the page.
 */
export function reportCsv(report: CxReport): string {
  const header = [
    'group',
    'metric',
    'value',
    'unit',
    'n',
    'ci95_low',
    'ci95_high',
    'target',
    'status',
    'previous_value',
    'change',
    'owner',
    'review',
  ];
  const line = (group: string, f: ReportFigure) =>
    [
      group,
      f.metric,
      f.value,
      f.unit,
      f.n,
      f.ci95?.[0] ?? null,
      f.ci95?.[1] ?? null,
      f.target,
      f.status,
      f.previous?.value ?? null,
      f.change,
      f.owner.name,
      f.cadence,
    ]
      .map(field)
      .join(',');
  const lines = [
    header.join(','),
    ...report.results.map((f) => line('results', f)),
    ...report.process.map((f) => line('process', f)),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
