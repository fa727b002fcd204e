import type { BreakdownRow } from '../../../src/contract/gadgets';

export type SortKey = 'label' | 'value' | 'n';
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: SortOrder = { key: 'value', direction: 'descending' };

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Rows in the chosen order. Rows without a value (n = 0) always go last, whichever the direction,
 * and equal rows keep the backend's order (the sort is stable), with the label as a tie-breaker.
 */
export function sortRows(rows: readonly BreakdownRow[], { key, direction }: SortOrder): BreakdownRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (key === 'value') {
        if (a.row.value === null || b.row.value === null) {
          if (a.row.value === b.row.value) return a.index - b.index;
          return a.row.value === null ? 1 : -1;
        }
        const byValue = sign * (a.row.value - b.row.value);
        if (byValue !== 0) return byValue;
      } else if (key === 'n') {
        const byN = sign * (a.row.n - b.row.n);
        if (byN !== 0) return byN;
      } else {
        const byLabel = sign * collator.compare(a.row.label, b.row.label);
        if (byLabel !== 0) return byLabel;
      }
      return key === 'label'
        ? a.index - b.index
        : collator.compare(a.row.label, b.row.label) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** Clicking the sorted column turns it round; another column starts with its natural direction. */
export function nextSort(current: SortOrder, key: SortKey): SortOrder {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: key === 'label' ? 'ascending' : 'descending' };
}

/** The `aria-sort` of a column header. */
export function ariaSort(current: SortOrder, key: SortKey): SortDirection | 'none' {
  return current.key === key ? current.direction : 'none';
}
