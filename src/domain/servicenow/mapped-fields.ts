import { RESULT_FIELDS } from './response-from-result';
import type { ServiceNowMapping, TicketTableMapping } from './mapping';

/**
 * A field the mapping reads, with its candidates: the mapping takes the first present one, so the
 * field is missing only when none of them exists on the instance.
 */
export interface MappedField {
  label: string;
  candidates: readonly string[];
}

/** What each mapped table must have, table by table, for the connection test. */
export function mappedFields(mapping: ServiceNowMapping): Array<{ table: string; fields: MappedField[] }> {
  const tickets = mapping.tickets.map((table) => ({
    table: table.table,
    fields: ticketFields(table, mapping),
  }));
  const sla = {
    table: 'task_sla',
    fields: ['task', 'sla', 'stage', mapping.firstResponse.stopTime, mapping.firstResolution.stopTime].map(
      single,
    ),
  };
  const results = {
    table: 'asmt_metric_result',
    fields: RESULT_FIELDS.filter((field) => field !== 'sys_id' && field !== 'sys_updated_on').map(single),
  };
  return [...tickets, sla, results];
}

const single = (field: string): MappedField => ({ label: field, candidates: [field] });

function ticketFields(table: TicketTableMapping, mapping: ServiceNowMapping): MappedField[] {
  const group = (label: string, candidates: readonly string[]) => ({ label, candidates });
  return [
    single('number'),
    single(table.state),
    group('created', table.createdAt),
    group('resolved', table.resolvedAt),
    group('priority', table.priority),
    group('team', table.team),
    group('agent', table.assignee),
    group('organisation', table.organization),
    group('request type', table.requestType),
    group('reporter', table.reporter),
    ...(table.valueAt ? [group('value delivered', table.valueAt.fields)] : []),
    ...(table.reopen ? [single(table.reopen.count), single(table.reopen.lastAt)] : []),
    ...(table.handleTime ? [single(table.handleTime.field)] : []),
    ...(table.majorIncident ? [single(table.majorIncident.field)] : []),
    ...mapping.firstResponse.ticketFields.map(single),
  ];
}

/** The mapped fields a row lacks (ServiceNow drops unknown names from `sysparm_fields` silently [1]). */
export function missingFields(
  row: Readonly<Record<string, unknown>>,
  fields: readonly MappedField[],
): MappedField[] {
  return fields.filter((field) => !field.candidates.some((candidate) => candidate in row));
}
