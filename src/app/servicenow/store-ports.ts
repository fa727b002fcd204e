import type { Fact } from '../../domain/facts/ticket-facts';
import type { ServiceNowTicketState } from '../../domain/servicenow/record-facts';
import type { ChainStep } from '../ports/chain-step';
import type { StoredConnection } from './connection-settings';
import type { Credentials } from './credentials';
import type { SyncState } from './sync-state';

/** The connection: plain settings, credentials kept as app secrets, and the sync's state. */
export interface ServiceNowSettingsStore {
  connection(): Promise<StoredConnection | null>;
  credentials(): Promise<Credentials | null>;
  saveConnection(connection: StoredConnection): Promise<void>;
  saveCredentials(credentials: Credentials): Promise<void>;
  syncState(): Promise<SyncState | null>;
  saveSyncState(state: SyncState): Promise<void>;
}

export interface ServiceNowTicketChange {
  sysId: string;
  state: ServiceNowTicketState;
  write: Fact[];
  remove: Array<{ day: string }>;
}

/**
 * The tickets the connector keeps (one state per ServiceNow ticket) and their facts. `apply`
 * writes states, facts and one rebuild marker per changed day; writing the same change twice
 * leaves the same keys, which is what makes a repeated page harmless.
 */
export interface ServiceNowRecordStore {
  load(sysIds: readonly string[]): Promise<Map<string, ServiceNowTicketState>>;
  apply(changes: readonly ServiceNowTicketChange[], marker: string): Promise<void>;
  /** Storage requests made so far (for the sync's figures). */
  readonly requests: number;
}

/** The next step of a sync run, as a queue event. */
export interface ServiceNowSyncQueue {
  next(runId: string, step: ChainStep): Promise<void>;
}
