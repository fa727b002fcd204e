import { connectorTables, readTable, type Credentials, type Timer } from '../../src/app/servicenow';
import type { StoredConnection } from '../../src/app/servicenow/connection-settings';
import type {
  ServiceNowRecordStore,
  ServiceNowSettingsStore,
  ServiceNowSyncQueue,
  ServiceNowTicketChange,
} from '../../src/app/servicenow/store-ports';
import { startSync, syncStep, type SyncDeps, type SyncOptions } from '../../src/app/servicenow/sync-step';
import type { SyncState } from '../../src/app/servicenow/sync-state';
import type { ChainStep } from '../../src/app/ports/chain-step';
import type { Fact } from '../../src/domain/facts/ticket-facts';
import {
  convertTables,
  mappingSchema,
  type ServiceNowMapping,
  type TableRow,
} from '../../src/domain/servicenow';
import type { ServiceNowTicketState } from '../../src/domain/servicenow/record-facts';
import { defaultSettings } from '../../src/domain/settings';
import type { ServiceNowInstance } from '../../src/local/servicenow';
import { clockTimer, connect, instanceHttp } from './servicenow';

/** The seeded instance's survey questions, mapped as an admin would (CES is 1 = very easy: inverted). */
export const DEMO_MAPPING: ServiceNowMapping = mappingSchema.parse({
  surveys: {
    questions: [
      { metric: 'Overall satisfaction', survey: 'csat' },
      { metric: 'How likely are you to recommend us?', survey: 'nps' },
      { metric: 'How easy was it to get your issue resolved?', survey: 'ces', inverted: true },
    ],
    comments: [{ metric: 'Anything else you would like to tell us?', survey: 'csat' }],
  },
});

export class MemoryServiceNowSettings implements ServiceNowSettingsStore {
  stored: StoredConnection | null = null;
  secret: Credentials | null = null;
  state: SyncState | null = null;
  /** Storage requests, as the KVS adapter makes them (one get or set each). */
  reads = 0;
  writes = 0;
  async connection() {
    this.reads += 1;
    return this.stored;
  }
  async credentials() {
    this.reads += 1;
    return this.secret;
  }
  async saveConnection(connection: StoredConnection) {
    this.writes += 1;
    this.stored = connection;
  }
  async saveCredentials(credentials: Credentials) {
    this.writes += 1;
    this.secret = credentials;
  }
  async syncState() {
    this.reads += 1;
    return this.state && (JSON.parse(JSON.stringify(this.state)) as SyncState);
  }
  async saveSyncState(state: SyncState) {
    this.writes += 1;
    this.state = JSON.parse(JSON.stringify(state)) as SyncState;
  }
}

/** Tickets and facts in maps, keyed as the KVS adapter keys them; `failOn` kills the Nth apply. */
export class MemoryServiceNowRecords implements ServiceNowRecordStore {
  readonly states = new Map<string, ServiceNowTicketState>();
  readonly facts = new Map<string, Fact>();
  readonly markers = new Set<string>();
  requests = 0;
  applies = 0;
  failOn: number | undefined;

  async load(sysIds: readonly string[]) {
    this.requests += Math.ceil(sysIds.length / 25);
    const found = new Map<string, ServiceNowTicketState>();
    for (const id of sysIds) {
      const state = this.states.get(id);
      if (state) found.set(id, JSON.parse(JSON.stringify(state)) as ServiceNowTicketState);
    }
    return found;
  }

  async apply(changes: readonly ServiceNowTicketChange[], marker: string) {
    this.applies += 1;
    const half = Math.ceil(changes.length / 2);
    for (const [index, change] of changes.entries()) {
      // A consumer killed half way through a page: some tickets stored, the rest and the watermark not.
      if (this.applies === this.failOn && index === half) throw new Error('consumer killed');
      for (const fact of change.write) this.facts.set(`${fact.day}:${fact.issueId}`, fact);
      for (const { day } of change.remove) this.facts.delete(`${day}:${change.sysId}`);
      this.states.set(change.sysId, change.state);
      for (const fact of [...change.write, ...change.remove]) this.markers.add(`${fact.day}:${marker}`);
    }
    const writes = changes.reduce((sum, change) => sum + change.write.length + 1, 0);
    this.requests +=
      Math.ceil(writes / 25) + Math.ceil(changes.reduce((s, c) => s + c.remove.length, 0) / 25);
  }

  /** Every record the facts hold, each counted once per fact it stands in (a ticket stands on up to two days). */
  records(): Array<Record<string, unknown>> {
    return [...this.facts.values()].flatMap((fact) => fact.records as Array<Record<string, unknown>>);
  }
}

export class MemoryQueue implements ServiceNowSyncQueue {
  readonly pending: Array<{ runId: string; step: ChainStep }> = [];
  async next(runId: string, step: ChainStep) {
    this.pending.push({ runId, step });
  }
}

export function syncWorld(
  instance: ServiceNowInstance,
  time: { now: () => Date; advance: (s: number) => void },
) {
  const { http, paths } = instanceHttp(instance);
  const { timer, sleeps } = clockTimer(time);
  const serviceNow = new MemoryServiceNowSettings();
  const records = new MemoryServiceNowRecords();
  const queue = new MemoryQueue();
  const rollupDays: string[] = [];
  const deps: SyncDeps = {
    serviceNow,
    records,
    queue,
    settings: { get: async () => defaultSettings(), save: async () => undefined },
    rollups: {
      schedule: async (days) => {
        rollupDays.push(...days.map((day) => day.day));
        return { pushes: 1, events: 1 };
      },
      scheduleSite: async () => ({ pushes: 0, events: 0 }),
    },
    http: () => http,
    timer,
    now: time.now,
  };
  return { deps, serviceNow, records, queue, paths, sleeps, timer, rollupDays };
}

export function connection(mapping: ServiceNowMapping = DEMO_MAPPING, months = 24): StoredConnection {
  return {
    instanceUrl: 'https://dev12345.service-now.com',
    customDomain: false,
    authKind: 'basic',
    mapping,
    firstSyncMonths: months,
    enabled: true,
    savedAt: '2025-06-01T00:00:00.000Z',
  };
}

/**
 * Runs queued steps as the platform delivers them: a step that throws (a killed consumer) is
 * delivered again, as Forge retries a failed event. Returns the outcomes.
 */
export async function drain(deps: SyncDeps, queue: MemoryQueue, options: SyncOptions = {}, limit = 500) {
  const outcomes: string[] = [];
  let failures = 0;
  for (let steps = 0; queue.pending.length > 0; steps++) {
    if (steps > limit) throw new Error(`sync did not finish in ${limit} steps`);
    const { runId, step } = queue.pending[0]!;
    try {
      outcomes.push(await syncStep(deps, runId, step, options));
      queue.pending.shift();
    } catch (error) {
      failures += 1;
      if (failures > 20) throw error;
    }
  }
  return outcomes;
}

export async function syncOnce(deps: SyncDeps, queue: MemoryQueue, options: SyncOptions = {}) {
  const started = await startSync(deps, { force: true });
  const outcomes = await drain(deps, queue, options);
  return { started, outcomes };
}

/** What `cx-metrics import servicenow` makes of a full export of the instance now, as the service account sees it. */
export async function exportedRecords(
  instance: ServiceNowInstance,
  mapping: ServiceNowMapping,
  timer: Timer,
) {
  const { http } = instanceHttp(instance);
  const { client } = connect(http, timer);
  const tables: Record<string, TableRow[]> = {};
  for (const spec of connectorTables(mapping)) {
    const rows: TableRow[] = [];
    await readTable(client, spec, null, { pageSize: 500 }, async (page) => {
      rows.push(...page);
    });
    tables[spec.table] = rows;
  }
  return { tables, conversion: convertTables(tables, mapping) };
}

/** Records in a stable order, for comparing multisets. */
export const sorted = (records: ReadonlyArray<unknown>) =>
  records.map((record) => JSON.stringify(record)).sort();
