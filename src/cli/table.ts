import { METRIC_GROUPS, type Report } from '../domain';
import { METRIC_ROWS, type MetricRow } from './metric-rows';

const HEADINGS = {
  results: 'Results metrics',
  process: 'Process metrics',
  context: 'Service availability (user perspective)',
};

/**
 * The report as a table for people: results and process metrics apart (metrics.md), values
 * rounded for reading, each target shown with ✓ (met) or ✗ (missed).
 */
export function formatTable(report: Report): string {
  const sections = (['results', 'process', 'context'] as const).map((group) => ({
    heading: HEADINGS[group],
    rows: METRIC_GROUPS[group].flatMap((name) => METRIC_ROWS[name](report.metrics)),
  }));
  const all = sections.flatMap((section) => section.rows);
  const header: MetricRow = ['', 'value', 'n', '', 'target'];
  // Detail goes last: it is the longest cell and needs no alignment.
  const order = [0, 1, 2, 4, 3] as const;
  const widths = header.map((_, column) => Math.max(...[header, ...all].map((row) => row[column]!.length)));
  const line = (row: MetricRow) =>
    order
      .map((column) =>
        column === 0 || column === 3
          ? row[column].padEnd(widths[column]!)
          : row[column].padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  const window = `${report.window.from ?? 'the beginning'} to ${report.window.to ?? 'now'}`;
  return [
    `CX metrics as of ${report.asOf}, ${window}`,
    `${report.records.read} lines read, ${report.records.skipped} skipped`,
    ...sections.flatMap(({ heading, rows }) => ['', heading, line(header), ...rows.map(line)]),
    '',
    '* fewer than 30 answers: read with care. Targets: ✓ met, ✗ missed.',
  ].join('\n');
}
