import type { BreakdownRow } from '../../../src/contract/gadgets';
import {
  csvBlobParts,
  csvFilename,
  CSV_BOM,
  FALLBACK_CSV_NAME,
} from '../../../static/gadget/src/csv-download';
import { bandTotals, distributionBars, npsBand } from '../../../static/gadget/src/distribution';
import { ariaSort, nextSort, sortRows } from '../../../static/gadget/src/sort-rows';
import { projectsLabel, windowLabel } from '../../../static/gadget/src/window-label';
import { ciScale } from '../../../static/gadget/src/CiBar';
import { parseTokenVar, resolveTokenValue } from '../../../static/shared/token-colors';

const row = (key: string, label: string, value: number | null, n: number): BreakdownRow => ({
  key,
  label,
  value,
  n,
  ci95: null,
  lowSample: n < 30,
});

describe('breakdown sorting', () => {
  const rows = [
    row('a', 'agent 10', 80, 40),
    row('b', 'Agent 9', null, 0),
    row('c', 'Agent 2', 90, 12),
    row('d', 'Bea', 80, 50),
  ];
  const keys = (list: BreakdownRow[]) => list.map((r) => r.key);

  it('sorts by value either way, rows without a value always last, ties by label', () => {
    expect(keys(sortRows(rows, { key: 'value', direction: 'descending' }))).toEqual(['c', 'a', 'd', 'b']);
    expect(keys(sortRows(rows, { key: 'value', direction: 'ascending' }))).toEqual(['a', 'd', 'c', 'b']);
  });
  it('sorts labels naturally and case-insensitively', () => {
    expect(keys(sortRows(rows, { key: 'label', direction: 'ascending' }))).toEqual(['c', 'b', 'a', 'd']);
  });
  it('sorts by n', () => {
    expect(keys(sortRows(rows, { key: 'n', direction: 'descending' }))).toEqual(['d', 'a', 'c', 'b']);
  });
  it('does not change the rows it is given', () => {
    const copy = [...rows];
    sortRows(rows, { key: 'label', direction: 'descending' });
    expect(rows).toEqual(copy);
  });
  it('turns the sorted column round and starts others in their natural direction', () => {
    expect(nextSort({ key: 'value', direction: 'descending' }, 'value')).toEqual({
      key: 'value',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'value', direction: 'descending' }, 'label')).toEqual({
      key: 'label',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'label', direction: 'ascending' }, 'n')).toEqual({
      key: 'n',
      direction: 'descending',
    });
    expect(ariaSort({ key: 'n', direction: 'ascending' }, 'n')).toBe('ascending');
    expect(ariaSort({ key: 'n', direction: 'ascending' }, 'label')).toBe('none');
  });
  it('draws intervals on the metric scale', () => {
    expect(ciScale('percent', false, 300)).toEqual([0, 100]);
    expect(ciScale('score', true, 0)).toEqual([-100, 100]);
    expect(ciScale('seconds', false, 5400)).toEqual([0, 5400]);
  });
});

describe('score distribution', () => {
  it('puts NPS scores in their bands', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsBand)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });
  it('has a bar for every point of the scale, zero counts included', () => {
    const bars = distributionBars({
      metric: 'csat',
      counts: [
        { score: 5, count: 3 },
        { score: 4, count: 1 },
      ],
    });
    expect(bars.map((bar) => [bar.score, bar.count, bar.percent])).toEqual([
      [1, 0, 0],
      [2, 0, 0],
      [3, 0, 0],
      [4, 1, 25],
      [5, 3, 75],
    ]);
    expect(bars.every((bar) => bar.band === null)).toBe(true);
  });
  it('adds up the NPS bands', () => {
    const counts = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((score) => ({
      score,
      count: score === 0 ? 2 : score >= 9 ? 4 : 0,
    }));
    const totals = bandTotals(distributionBars({ metric: 'nps', counts }));
    expect(totals.detractor).toEqual({ count: 2, percent: 20 });
    expect(totals.passive).toEqual({ count: 0, percent: 0 });
    expect(totals.promoter).toEqual({ count: 8, percent: 80 });
  });
  it('reads an empty answer as all zeros', () => {
    const bars = distributionBars({ metric: 'ces', counts: [] });
    expect(bars).toHaveLength(7);
    expect(bars.every((bar) => bar.percent === 0)).toBe(true);
  });
});

describe('CSV download name', () => {
  it('keeps a good name and adds .csv when missing', () => {
    expect(csvFilename('cx-responses-agent-1-2025-03.csv')).toBe('cx-responses-agent-1-2025-03.csv');
    expect(csvFilename('responses')).toBe('responses.csv');
  });
  it('never lets the name leave the download folder or carry control characters', () => {
    expect(csvFilename('../../etc/passwd')).toBe('etc-passwd.csv');
    expect(csvFilename('a\u0000b\nc.csv')).toBe('a-b-c.csv');
    expect(csvFilename('C:\\temp\\x.csv')).toBe('C-temp-x.csv');
  });
  it('falls back when nothing usable is left', () => {
    expect(csvFilename('')).toBe(FALLBACK_CSV_NAME);
    expect(csvFilename('...')).toBe(FALLBACK_CSV_NAME);
    expect(csvFilename(undefined)).toBe(FALLBACK_CSV_NAME);
  });
  it('marks the text as UTF-8 for spreadsheets, once', () => {
    expect(csvBlobParts('a,b')).toEqual([CSV_BOM, 'a,b']);
    expect(csvBlobParts(`${CSV_BOM}a,b`)).toEqual([`${CSV_BOM}a,b`]);
  });
});

describe('window and theme helpers', () => {
  it('names the window', () => {
    const label = windowLabel(
      { from: '2025-03-02', to: '2025-03-31', timeZone: 'Europe/Berlin', projects: ['SD'] },
      'en-GB',
    );
    expect(label.replace(/\s/g, ' ')).toBe('2 – 31 Mar 2025 · Europe/Berlin · SD');
  });
  it('shortens long project lists', () => {
    expect(projectsLabel([])).toBe('all your projects');
    expect(projectsLabel(['A', 'B', 'C', 'D'])).toBe('A, B, C, D');
    expect(projectsLabel(['HR', 'SD', 'servicenow'])).toBe('HR, SD, ServiceNow');
    expect(projectsLabel(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('A, B, C and 3 more');
  });
  it('resolves token variables to the theme value, or their fallback', () => {
    expect(parseTokenVar('var(--ds-chart-brand, #357DE8)')).toEqual({
      name: '--ds-chart-brand',
      fallback: '#357DE8',
    });
    expect(parseTokenVar('#fff')).toBeNull();
    const dark = (name: string) => (name === '--ds-chart-brand' ? ' #4688EC' : '');
    expect(resolveTokenValue('var(--ds-chart-brand, #357DE8)', dark)).toBe('#4688EC');
    expect(resolveTokenValue('var(--ds-text, #172B4D)', dark)).toBe('#172B4D');
    expect(resolveTokenValue('red', dark)).toBe('red');
  });
});
