import { dailyKey } from '../buckets/placement';
import type { Dimensions } from '../facts/dimensions';
import type { Fact } from '../facts/ticket-facts';
import type { CanonicalRecordInput } from '../records/canonical';
import type { ResponseInput } from '../records/response';
import type { TicketInput } from '../records/ticket';
import { convertTables } from './convert-tables';
import type { ServiceNowMapping } from './mapping';
import { ticketOf } from './response-from-result';
import { fieldOf, type TableRow } from './table-row';

/**
 * The project key ServiceNow's facts are kept under: lower case, so it can never be a Jira project
 * key, and apart from `site` (the site-wide values) and `ingest`.
 */
export const SERVICENOW_PROJECT = 'servicenow';

/**
 * What the connector keeps of one ServiceNow ticket (by sys_id): its row, its task_sla rows and
 * the survey results about it, each the latest version read. Facts are made from it alone, so a
 * row read twice (an overlap window, a page repeated after a crash) changes nothing, and a row
 * read at a newer version replaces the older. `days` are the days its facts stand on now.
 */
export interface ServiceNowTicketState {
  table?: string;
  row?: TableRow;
  sla: Record<string, TableRow>;
  results: Record<string, TableRow>;
  days: string[];
}

export const emptyTicketState = (): ServiceNowTicketState => ({ sla: {}, results: {}, days: [] });

/** The ticket a row belongs to: itself, its task (task_sla) or its survey's trigger record (results). */
export function ticketIdOf(table: string, row: TableRow, mapping: ServiceNowMapping): string | undefined {
  if (table === 'task_sla') return fieldOf(row, 'task') || undefined;
  if (table === 'asmt_metric_result')
    return (
      ticketOf(
        row,
        mapping.tickets.map((t) => t.table),
      ) || undefined
    );
  return fieldOf(row, 'sys_id') || undefined;
}

/** A later version of a row replaces an earlier one; an older copy never replaces a newer. */
const newer = (next: TableRow, previous: TableRow | undefined) =>
  previous === undefined ||
  `${next.sys_updated_on ?? ''}#${(next.sys_mod_count ?? '').padStart(10, '0')}` >=
    `${previous.sys_updated_on ?? ''}#${(previous.sys_mod_count ?? '').padStart(10, '0')}`;

/** The state with one more row of `table` merged in (the row's newer version wins). */
export function withRow(state: ServiceNowTicketState, table: string, row: TableRow): ServiceNowTicketState {
  const id = fieldOf(row, 'sys_id') ?? '';
  if (table === 'task_sla') {
    return newer(row, state.sla[id]) ? { ...state, sla: { ...state.sla, [id]: row } } : state;
  }
  if (table === 'asmt_metric_result') {
    return newer(row, state.results[id]) ? { ...state, results: { ...state.results, [id]: row } } : state;
  }
  return newer(row, state.row) ? { ...state, table, row } : state;
}

const labelled = (value: string | null | undefined) => (value ? { id: value, name: value } : null);

/** The ticket's breakdown values as facts carry them (names double as ids: ServiceNow gives names). */
function dimensionsOf(ticket: TicketInput | undefined): Dimensions {
  return {
    agent: labelled(ticket?.assignee),
    team: labelled(ticket?.team),
    requestType: labelled(ticket?.requestType),
    priority: labelled(ticket?.priority),
    organization: labelled(ticket?.organization),
  };
}

/**
 * The facts of one ServiceNow ticket, as `ticketFacts` places a Jira request's: the ticket record
 * on the day it was created and the day it was first resolved, each answer on the day it was
 * given. A ticket in an excluded state (cancelled) keeps no ticket record; its answers still count.
 */
export function serviceNowFacts(
  sysId: string,
  state: ServiceNowTicketState,
  mapping: ServiceNowMapping,
  timeZone: string,
): Fact[] {
  const tables: Record<string, TableRow[]> = {
    task_sla: Object.values(state.sla),
    asmt_metric_result: Object.values(state.results),
  };
  if (state.table !== undefined && state.row !== undefined) tables[state.table] = [state.row];
  const { records } = convertTables(tables, mapping);
  const ticket = records.find((record): record is TicketInput => record.type === 'ticket');
  const responses = records.filter((record): record is ResponseInput => record.type === 'response');
  const dayOf = dailyKey(timeZone);
  const byDay = new Map<string, CanonicalRecordInput[]>();
  const place = (at: string | number, record: CanonicalRecordInput) => {
    const day = dayOf(typeof at === 'number' ? at : Date.parse(at))!;
    byDay.set(day, [...(byDay.get(day) ?? []), record]);
  };
  if (ticket) {
    const days = new Set([dayOf(Date.parse(String(ticket.createdAt)))!]);
    if (ticket.resolvedAt) days.add(dayOf(Date.parse(String(ticket.resolvedAt)))!);
    for (const day of days) byDay.set(day, [...(byDay.get(day) ?? []), ticket]);
  }
  for (const response of responses) place(String(response.answeredAt), response);
  const dimensions = dimensionsOf(ticket);
  const key = ticket?.key ?? sysId;
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, dayRecords]) => ({
      projectKey: SERVICENOW_PROJECT,
      day,
      issueId: sysId,
      issueKey: String(key),
      dimensions,
      records: dayRecords,
    }));
}
