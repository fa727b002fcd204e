import { readDateTime } from './glide-values';
import type { FirstResponseMapping, SlaStopMapping } from './mapping';
import { fieldOf, type TableRow } from './table-row';

/** Whether a task_sla row records the mapped event: its definition matches and it was stopped by it. */
export function isMappedStop(row: TableRow, mapping: SlaStopMapping): boolean {
  const target = fieldOf(row, 'sla.target');
  const definition = fieldOf(row, 'sla');
  const matches =
    (target !== undefined && mapping.slaTargets.includes(target)) ||
    (definition !== undefined && mapping.slaDefinitions.includes(definition));
  return matches && mapping.completedStages.includes(fieldOf(row, 'stage') ?? '');
}

export interface SlaStop {
  at: number;
  row: TableRow;
}

/**
 * The earliest stop among a ticket's mapped SLA rows. A matching row whose stop time cannot be read
 * is named in `problems` (and left out) rather than ignored.
 */
export function earliestStop(
  rows: readonly TableRow[],
  mapping: SlaStopMapping,
): { stop?: SlaStop; problems: string[] } {
  let stop: SlaStop | undefined;
  const problems: string[] = [];
  for (const row of rows) {
    if (!isMappedStop(row, mapping)) continue;
    const read = readDateTime(fieldOf(row, mapping.stopTime) ?? '');
    if (!read.ok || read.value === undefined) {
      const why = read.ok ? 'is empty' : read.reason;
      problems.push(`task_sla ${fieldOf(row, 'sys_id') ?? '?'}: ${mapping.stopTime} ${why}`);
      continue;
    }
    if (stop === undefined || read.value < stop.at) stop = { at: read.value, row };
  }
  return { stop, problems };
}

/** Whether the instance recorded the response as automated, where the mapping says it does. */
export function responder(
  mapping: FirstResponseMapping,
  ticket: TableRow,
  sla: TableRow | undefined,
): 'human' | 'automation' | undefined {
  const automation = mapping.automation;
  if (automation === null) return undefined;
  const source = automation.from === 'ticket' ? ticket : sla;
  const value = source === undefined ? undefined : fieldOf(source, automation.field);
  if (value === undefined || value === '') return undefined;
  return automation.values.includes(value) ? 'automation' : 'human';
}
