import { ticketSchema, type TicketInput } from '../records/ticket';
import { dropUndefined, firstIssue, type Conversion } from './conversion';
import { readDateTime, readDurationSeconds, readWholeNumber, type Read } from './glide-values';
import type { ServiceNowMapping, TicketTableMapping } from './mapping';
import { earliestStop, responder } from './sla-stops';
import { fieldOf, firstFilled, type TableRow } from './table-row';
import { isoOf } from '../records/instant';

class RowProblem extends Error {}

/** Reads one mapped date-time field, or stops the conversion naming the field. */
function dateOf(row: TableRow, names: readonly string[]): number | undefined {
  const name = names.find((candidate) => (fieldOf(row, candidate) ?? '') !== '');
  if (name === undefined) return undefined;
  return must(readDateTime(row[name] as string), name);
}

function must<T>(read: Read<T>, field: string): T | undefined {
  if (!read.ok) throw new RowProblem(`${field}: ${read.reason}`);
  return read.value;
}

/**
 * One incident or requested item (with its task_sla rows) as a canonical ticket.
 *
 * - `id` is the sys_id (what survey instances point at), `key` the number.
 * - Reopens: `reopen_count` says whether, `reopened_time` when (the last one only). ServiceNow
 *   moves a reopened incident back to In Progress and its `resolved_at` then holds a later
 *   resolution or nothing [38], so the first resolution is taken from a completed resolution SLA
 *   when one stopped before the reopen; without one the ticket carries no `resolvedAt` and a note
 *   says why, rather than a later time that would hide the reopen from FCR.
 * - First response: a mapped ticket field, else the earliest completed response SLA's stop.
 */
export function ticketFromRow(
  row: TableRow,
  table: TicketTableMapping,
  mapping: Pick<ServiceNowMapping, 'firstResponse' | 'firstResolution'>,
  slaRows: readonly TableRow[] = [],
): Conversion<TicketInput> {
  const id = fieldOf(row, 'sys_id') ?? '';
  if (id === '') return { ok: false, reason: 'sys_id: missing, the row cannot be told apart from others' };
  const state = fieldOf(row, table.state);
  if (state !== undefined && table.excludedStates.includes(state)) {
    return { ok: false, excluded: true, reason: `${table.state} ${state} is excluded by the mapping` };
  }
  try {
    return convert(row, id, state, table, mapping, slaRows);
  } catch (error) {
    if (error instanceof RowProblem) return { ok: false, reason: error.message };
    throw error;
  }
}

function convert(
  row: TableRow,
  id: string,
  state: string | undefined,
  table: TicketTableMapping,
  mapping: Pick<ServiceNowMapping, 'firstResponse' | 'firstResolution'>,
  slaRows: readonly TableRow[],
): Conversion<TicketInput> {
  const notes: string[] = [];
  const createdAt = dateOf(row, table.createdAt);
  if (createdAt === undefined) throw new RowProblem(`${table.createdAt.join('/')}: empty, no creation time`);

  const { resolvedAt, reopenedAt } = resolution(row, table, mapping, slaRows, notes);

  let firstResponseAt = dateOf(row, mapping.firstResponse.ticketFields);
  let firstResponseBy =
    firstResponseAt === undefined ? undefined : responder(mapping.firstResponse, row, undefined);
  if (firstResponseAt === undefined) {
    const { stop, problems } = earliestStop(slaRows, mapping.firstResponse);
    notes.push(...problems);
    firstResponseAt = stop?.at;
    firstResponseBy = stop && responder(mapping.firstResponse, row, stop.row);
  }
  if (firstResponseAt !== undefined && firstResponseAt < createdAt) {
    notes.push(`first response ${isoOf(firstResponseAt)} precedes creation: left out`);
    firstResponseAt = undefined;
    firstResponseBy = undefined;
  }

  const valueAt =
    table.valueAt && state !== undefined && table.valueAt.states.includes(state)
      ? dateOf(row, table.valueAt.fields)
      : undefined;
  const priority = firstFilled(row, table.priority);
  const handleSeconds = table.handleTime
    ? must(readDurationSeconds(fieldOf(row, table.handleTime.field) ?? ''), table.handleTime.field)
    : undefined;
  const major = table.majorIncident ? fieldOf(row, table.majorIncident.field) : undefined;

  const ticket: TicketInput = dropUndefined({
    type: 'ticket',
    source: 'servicenow',
    id,
    key: firstFilled(row, ['number']),
    kind: table.kind,
    priority: priority === undefined ? undefined : (table.priorityLabels[priority] ?? priority),
    requestType: firstFilled(row, table.requestType),
    assignee: firstFilled(row, table.assignee),
    team: firstFilled(row, table.team),
    organization: firstFilled(row, table.organization),
    reporter: firstFilled(row, table.reporter),
    createdAt: isoOf(createdAt),
    firstResponseAt: firstResponseAt === undefined ? undefined : isoOf(firstResponseAt),
    firstResponseBy,
    resolvedAt: resolvedAt === undefined ? undefined : isoOf(resolvedAt),
    reopenedAt: reopenedAt.map(isoOf),
    valueAt: valueAt === undefined ? undefined : isoOf(valueAt),
    handleSeconds,
    majorIncident:
      major === undefined || table.majorIncident === null
        ? undefined
        : table.majorIncident.values.includes(major),
  });
  const checked = ticketSchema.safeParse(ticket);
  if (!checked.success) return { ok: false, reason: firstIssue('ticket', checked.error) };
  return { ok: true, record: ticket, notes };
}

function resolution(
  row: TableRow,
  table: TicketTableMapping,
  mapping: Pick<ServiceNowMapping, 'firstResolution'>,
  slaRows: readonly TableRow[],
  notes: string[],
): { resolvedAt?: number; reopenedAt: number[] } {
  const resolved = dateOf(row, table.resolvedAt);
  if (table.reopen === null) return { resolvedAt: resolved, reopenedAt: [] };
  const count = must(readWholeNumber(fieldOf(row, table.reopen.count) ?? ''), table.reopen.count) ?? 0;
  if (count <= 0) return { resolvedAt: resolved, reopenedAt: [] };
  const lastReopen = dateOf(row, [table.reopen.lastAt]);
  if (count > 1) notes.push(`reopened ${count} times; only the last reopen time is recorded`);
  const { stop, problems } = earliestStop(slaRows, mapping.firstResolution);
  notes.push(...problems);
  const before = (at: number | undefined) => at !== undefined && lastReopen !== undefined && at < lastReopen;
  // resolved_at before the (only) reopen is the first resolution, kept by the instance.
  if (count === 1 && before(resolved)) return { resolvedAt: resolved, reopenedAt: [lastReopen as number] };
  if (before(stop?.at)) return { resolvedAt: stop?.at, reopenedAt: [lastReopen as number] };
  notes.push(
    lastReopen === undefined
      ? `reopened without ${table.reopen.lastAt}: first resolution and reopen time unknown, left unresolved`
      : 'first resolution not recorded (resolved_at holds a later one or none, no completed resolution SLA): left unresolved',
  );
  return { resolvedAt: undefined, reopenedAt: lastReopen === undefined ? [] : [lastReopen] };
}
