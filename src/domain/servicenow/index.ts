/**
 * ServiceNow → canonical records: Table API row shapes, raw value formats, the admin's mapping and
 * the conversions. Pure: rows in, records and reasons out.
 */
export { convertTables } from './convert-tables';
export type { RowReport, TablesConversion } from './convert-tables';
export type { Conversion } from './conversion';
export { formatGlideDateTime, readDateTime, readDurationSeconds, readWholeNumber } from './glide-values';
export { DEFAULT_MAPPING, mappingSchema, STOCK_PRIORITY_LABELS } from './mapping';
export type {
  FirstResponseMapping,
  QuestionMapping,
  ServiceNowMapping,
  ServiceNowMappingInput,
  SlaStopMapping,
  TicketTableMapping,
} from './mapping';
export { RESULT_FIELDS, responseFromResult, roleOf, ticketOf } from './response-from-result';
export {
  failureBodySchema,
  fieldOf,
  readRow,
  singleRecordSchema,
  tableResultSchema,
  tableRowSchema,
} from './table-row';
export type { FailureBody, TableRow } from './table-row';
export { ticketFromRow } from './ticket-from-row';
