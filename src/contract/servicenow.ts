import type { ServiceNowMappingInput } from '../domain/servicenow';

export type ServiceNowAuthKind = 'oauth-client-credentials' | 'oauth-password' | 'basic';

/** The connection as the admin page shows it: never a credential, only which kind is stored. */
export interface ServiceNowConnectionView {
  instanceUrl: string;
  customDomain: boolean;
  authKind: ServiceNowAuthKind;
  hasCredentials: boolean;
  mapping: ServiceNowMappingInput;
  firstSyncMonths: number;
  enabled: boolean;
}

export interface ServiceNowTableCheckView {
  table: string;
  status: 'ok' | 'empty' | 'no-access' | 'missing-fields' | 'failed';
  message: string;
}

export interface ServiceNowCheckView {
  ok: boolean;
  problem?: string;
  tables: ServiceNowTableCheckView[];
}

export interface ServiceNowSyncView {
  running: boolean;
  recordsRead: number;
  /** 0–1: how far the reads have come from the first sync's start towards now. */
  progress: number;
  firstSyncDone: boolean;
  lastRunAt: string | null;
  nextRunAt: string | null;
  lastError: string | null;
  tables: Array<{ table: string; read: number; watermark: string | null; lastError: string | null }>;
}

export interface ServiceNowAdminView {
  connection: ServiceNowConnectionView | null;
  /** The defaults of a stock instance, to start a mapping from. */
  defaultMapping: ServiceNowMappingInput;
  sync: ServiceNowSyncView | null;
}

export interface ServiceNowSaveAnswer {
  saved: boolean;
  check: ServiceNowCheckView;
}

export interface ServiceNowResolverContract {
  getServiceNow: { payload: Record<string, never>; answer: ServiceNowAdminView };
  /** Tests, then stores only when every table passes; credentials may be left out to keep the stored ones. */
  saveServiceNow: { payload: unknown; answer: ServiceNowSaveAnswer };
  /** Tests the connection as entered (or as stored, without a payload), storing nothing. */
  testServiceNow: { payload: unknown; answer: ServiceNowCheckView };
  syncServiceNow: { payload: Record<string, never>; answer: { started: string } };
}
