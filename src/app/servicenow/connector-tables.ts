import { RESULT_FIELDS, type ServiceNowMapping } from '../../domain/servicenow';
import type { TableSpec } from './keyset-reader';

/**
 * The tables a mapping reads and, for each, exactly the fields it converts (explicit
 * `sysparm_fields`, servicenow.md §6): the ticket tables, their task_sla rows (with the SLA
 * definition's target dot-walked), and survey results with their instance and question
 * dot-walked, so no join needs a second request.
 */
export function connectorTables(mapping: ServiceNowMapping): TableSpec[] {
  const tickets = mapping.tickets.map((table) => ({
    table: table.table,
    fields: unique([
      'number',
      table.state,
      ...table.createdAt,
      ...table.resolvedAt,
      ...table.priority,
      ...table.team,
      ...table.assignee,
      ...table.organization,
      ...table.requestType,
      ...table.reporter,
      ...(table.valueAt?.fields ?? []),
      ...(table.reopen ? [table.reopen.count, table.reopen.lastAt] : []),
      ...(table.handleTime ? [table.handleTime.field] : []),
      ...(table.majorIncident ? [table.majorIncident.field] : []),
      ...mapping.firstResponse.ticketFields,
      ...(mapping.firstResponse.automation?.from === 'ticket'
        ? [mapping.firstResponse.automation.field]
        : []),
    ]),
  }));
  const sla = {
    table: 'task_sla',
    filter: `task.sys_class_nameIN${mapping.tickets.map((table) => table.table).join(',')}`,
    fields: unique([
      'task',
      'sla',
      'sla.target',
      'stage',
      mapping.firstResponse.stopTime,
      mapping.firstResolution.stopTime,
      ...(mapping.firstResponse.automation?.from === 'sla' ? [mapping.firstResponse.automation.field] : []),
    ]),
  };
  return [...tickets, sla, { table: 'asmt_metric_result', fields: [...RESULT_FIELDS] }];
}

const unique = (fields: string[]) => [...new Set(fields)];
