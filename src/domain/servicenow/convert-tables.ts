import type { ResponseInput } from '../records/response';
import type { TicketInput } from '../records/ticket';
import type { ServiceNowMapping } from './mapping';
import { responseFromResult, roleOf } from './response-from-result';
import { isMappedStop } from './sla-stops';
import { fieldOf, readRow, type TableRow } from './table-row';
import { ticketFromRow } from './ticket-from-row';

/** A row named by its table and 1-based position, and by its number or sys_id when it has one. */
export interface RowReport {
  table: string;
  row: number;
  label?: string;
  message: string;
}

export interface TablesConversion {
  /** Tickets in table and row order, then responses. */
  records: Array<TicketInput | ResponseInput>;
  /** Rows that could not be converted, each with its reason. */
  skipped: RowReport[];
  /** Rows the mapping leaves out on purpose (an excluded state, an older copy of the same record). */
  excluded: RowReport[];
  /** Records made with something left out, and why. */
  notes: RowReport[];
  /** Rows read that feed no record by design, summed per table with why. */
  unused: string[];
  rowsRead: number;
}

interface Located {
  table: string;
  row: number;
  value: TableRow;
}

const INSTANCE_FIELDS = ['state', 'trigger_table', 'trigger_id', 'task_id', 'taken_on'] as const;

/**
 * Converts a Table API export — rows by table name — into canonical records. Tickets come from the
 * mapped ticket tables joined to their `task_sla` rows; survey answers from `asmt_metric_result`,
 * with instance and question fields dot-walked in the export or joined here from
 * `asmt_assessment_instance` and `asmt_metric` rows. Every row ends up in a record, a report with
 * its reason, or a per-table count of rows that feed nothing by design: none is dropped silently.
 * Repeated copies of one record (overlapping exports) count once, the latest `sys_updated_on` winning.
 */
export function convertTables(
  tables: Readonly<Record<string, readonly unknown[]>>,
  mapping: ServiceNowMapping,
): TablesConversion {
  const out: TablesConversion = {
    records: [],
    skipped: [],
    excluded: [],
    notes: [],
    unused: [],
    rowsRead: 0,
  };
  const rows = new Map<string, Located[]>();
  for (const [table, values] of Object.entries(tables)) {
    const read: Located[] = [];
    values.forEach((value, index) => {
      out.rowsRead += 1;
      const parsed = readRow(value);
      if (parsed.ok) read.push({ table, row: index + 1, value: parsed.row });
      else out.skipped.push({ table, row: index + 1, message: parsed.reason });
    });
    rows.set(table, latestCopies(read, out.excluded));
  }
  const ticketTables = mapping.tickets.map((t) => t.table);
  const slaByTask = groupBy(rows.get('task_sla') ?? [], (row) => fieldOf(row.value, 'task') ?? '');
  const seenTasks = new Set<string>();

  for (const table of mapping.tickets) {
    for (const located of rows.get(table.table) ?? []) {
      const id = fieldOf(located.value, 'sys_id') ?? '';
      seenTasks.add(id);
      const sla = (slaByTask.get(id) ?? []).map((row) => row.value);
      const result = ticketFromRow(located.value, table, mapping, sla);
      const report = (message: string) => ({ ...where(located), message });
      if (!result.ok) (result.excluded ? out.excluded : out.skipped).push(report(result.reason));
      else {
        out.records.push(result.record);
        out.notes.push(...result.notes.map(report));
      }
    }
  }
  reportSlaRows(rows.get('task_sla') ?? [], seenTasks, mapping, out);
  out.records.push(...responses(rows, ticketTables, mapping, out));

  const used = new Set([
    ...ticketTables,
    'task_sla',
    'asmt_metric_result',
    'asmt_assessment_instance',
    'asmt_metric',
  ]);
  for (const [table, located] of rows) {
    if (!used.has(table))
      out.unused.push(`${table}: ${located.length} rows, a table the mapping does not read`);
  }
  return out;
}

function where(located: Located): Omit<RowReport, 'message'> {
  const label = fieldOf(located.value, 'number') || fieldOf(located.value, 'sys_id') || undefined;
  return { table: located.table, row: located.row, ...(label === undefined ? {} : { label }) };
}

/** Keeps the latest copy of each sys_id (ties: the later row), reporting the others as excluded. */
function latestCopies(read: Located[], excluded: RowReport[]): Located[] {
  const slot = new Map<string, number>();
  const kept: Located[] = [];
  for (const located of read) {
    const id = fieldOf(located.value, 'sys_id') ?? '';
    const at = id === '' ? undefined : slot.get(id);
    if (at === undefined) {
      if (id !== '') slot.set(id, kept.length);
      kept.push(located);
      continue;
    }
    const before = kept[at] as Located;
    const newer =
      (fieldOf(located.value, 'sys_updated_on') ?? '') >= (fieldOf(before.value, 'sys_updated_on') ?? '');
    const [winner, loser] = newer ? [located, before] : [before, located];
    kept[at] = winner;
    excluded.push({ ...where(loser), message: `an older copy of the record in row ${winner.row}` });
  }
  return kept;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A response or resolution SLA of a ticket missing from the export is reported; other SLA rows are counted. */
function reportSlaRows(
  slaRows: readonly Located[],
  tasks: ReadonlySet<string>,
  mapping: ServiceNowMapping,
  out: TablesConversion,
): void {
  let unused = 0;
  for (const located of slaRows) {
    const used =
      isMappedStop(located.value, mapping.firstResponse) ||
      isMappedStop(located.value, mapping.firstResolution);
    if (!used) unused += 1;
    else if (!tasks.has(fieldOf(located.value, 'task') ?? '')) {
      out.skipped.push({
        ...where(located),
        message: `its task ${fieldOf(located.value, 'task') || '(none)'} is not among the exported tickets`,
      });
    }
  }
  if (unused > 0) {
    out.unused.push(`task_sla: ${unused} rows, neither a completed response nor a completed resolution SLA`);
  }
}

function responses(
  rows: ReadonlyMap<string, Located[]>,
  ticketTables: readonly string[],
  mapping: ServiceNowMapping,
  out: TablesConversion,
): ResponseInput[] {
  const instances = byId(rows.get('asmt_assessment_instance'));
  const metrics = byId(rows.get('asmt_metric'));
  const made: Array<{ instance: string; record: ResponseInput }> = [];
  const comments: Array<{ located: Located; instance: string; survey: string; text: string }> = [];
  for (const located of rows.get('asmt_metric_result') ?? []) {
    const row = joined(located.value, instances, metrics);
    const instance = fieldOf(row, 'instance') ?? '';
    const role = roleOf(row, mapping.surveys);
    if (role.kind === 'unmapped') out.skipped.push({ ...where(located), message: role.reason });
    else if (role.kind === 'comment') {
      const text = fieldOf(row, 'string_value') ?? '';
      // An unanswered question shows "N/A" [55].
      if (text !== '' && text !== 'N/A') comments.push({ located, instance, survey: role.survey, text });
      else out.excluded.push({ ...where(located), message: 'an unanswered comment question' });
    } else {
      const result = responseFromResult(row, role.question, ticketTables);
      if (result.ok) made.push({ instance, record: result.record });
      else out.skipped.push({ ...where(located), message: result.reason });
    }
  }
  for (const comment of comments) {
    const target = made.find((m) => m.instance === comment.instance && m.record.survey === comment.survey);
    if (target) target.record.comment = comment.text;
    else {
      out.skipped.push({
        ...where(comment.located),
        message: `a comment without a ${comment.survey} answer in the same survey instance`,
      });
    }
  }
  return made.map((m) => m.record);
}

function byId(located: readonly Located[] | undefined): Map<string, TableRow> {
  return new Map((located ?? []).map((l) => [fieldOf(l.value, 'sys_id') ?? '', l.value]));
}

/** Adds the dot-walked instance and question fields a result row lacks, from their own tables. */
function joined(row: TableRow, instances: Map<string, TableRow>, metrics: Map<string, TableRow>): TableRow {
  const extra: Record<string, string> = {};
  const instance = instances.get(fieldOf(row, 'instance') ?? '');
  if (instance) {
    for (const field of INSTANCE_FIELDS) {
      const value = fieldOf(instance, field);
      if (fieldOf(row, `instance.${field}`) === undefined && value !== undefined)
        extra[`instance.${field}`] = value;
    }
  }
  const name = fieldOf(metrics.get(fieldOf(row, 'metric') ?? '') ?? {}, 'name');
  if (fieldOf(row, 'metric.name') === undefined && name !== undefined) extra['metric.name'] = name;
  return Object.keys(extra).length === 0 ? row : { ...row, ...extra };
}
