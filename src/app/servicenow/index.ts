export { Authorizer } from './authorizer';
export { connectorTables } from './connector-tables';
export type { Credentials } from './credentials';
export { ServiceNowFailure, type ServiceNowFailureCode } from './failure';
export {
  readTable,
  type PageSink,
  type ReadOptions,
  type ReadOutcome,
  type TableSpec,
} from './keyset-reader';
export {
  TransportError,
  type ServiceNowHttp,
  type ServiceNowHttpRequest,
  type ServiceNowHttpResponse,
  type Timer,
} from './ports';
export { syncTables, type TablePageSink, type TableSync } from './sync-tables';
export { DEFAULT_RETRY, TableClient, type RetryPolicy, type TablePage } from './table-client';
export { tableWatermarkSchema, versionOf, type TableWatermark } from './watermark';
