import { randomUUID } from 'node:crypto';
import { factChanges } from '../../domain/facts/ticket-facts';
import { formatGlideDateTime, type TableRow } from '../../domain/servicenow';
import {
  emptyTicketState,
  SERVICENOW_PROJECT,
  serviceNowFacts,
  ticketIdOf,
  withRow,
  type ServiceNowTicketState,
} from '../../domain/servicenow/record-facts';
import type { ChainStep } from '../ports/chain-step';
import type { RollupQueue } from '../ports/rollup-queue';
import type { SettingsStore } from '../ports/settings-store';
import { firstStep, nextStep, TREE_ALLOWANCE } from '../queue-chain';
import { Authorizer } from './authorizer';
import type { StoredConnection } from './connection-settings';
import { connectorTables } from './connector-tables';
import type { ServiceNowHttp, Timer } from './ports';
import { readTable } from './keyset-reader';
import type {
  ServiceNowRecordStore,
  ServiceNowSettingsStore,
  ServiceNowSyncQueue,
  ServiceNowTicketChange,
} from './store-ports';
import type { SyncState, TableProgress } from './sync-state';
import { TableClient } from './table-client';

export interface SyncDeps {
  serviceNow: ServiceNowSettingsStore;
  records: ServiceNowRecordStore;
  queue: ServiceNowSyncQueue;
  settings: SettingsStore;
  /** Asks for the rebuild of the days a step changed, so figures follow the sync (the catch-up asks again if refused). */
  rollups: RollupQueue;
  http: (instanceUrl: string) => ServiceNowHttp;
  timer: Timer;
  now: () => Date;
}

/** How often the incremental sync runs once caught up. */
export const SYNC_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Requests one step makes: with 1000 rows a page and ServiceNow's 60 s cap per transaction [10],
 * eight pages stay well inside a consumer's 55 s only when the instance answers in a few seconds;
 * the step also stops when half its time is spent.
 */
export const STEP_REQUESTS = 8;
const STEP_BUDGET_MS = 25_000;

export interface SyncOptions {
  pageSize?: number;
  stepRequests?: number;
}

/** A fresh state for a connection saved at `connection.savedAt`: the first sync reads N months back. */
export function initialSyncState(connection: StoredConnection, now: Date): SyncState {
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - connection.firstSyncMonths);
  return {
    connectionAt: connection.savedAt,
    since: formatGlideDateTime(since.getTime()),
    running: null,
    tables: {},
    recordsRead: 0,
    lastRunAt: null,
    nextRunAt: now.toISOString(),
    lastError: null,
    firstSyncDone: false,
    requests: 0,
  };
}

/**
 * Starts a run when one is due (the hourly sync, or the admin's "sync now"), unless one is running.
 * The run goes on as a chain of queue events, one `syncStep` each.
 */
export async function startSync(
  deps: SyncDeps,
  options: { force?: boolean; budget?: number } = {},
): Promise<'started' | 'running' | 'not-due' | 'not-connected'> {
  const connection = await deps.serviceNow.connection();
  if (!connection || (!connection.enabled && !options.force)) return 'not-connected';
  const now = deps.now();
  let state = await deps.serviceNow.syncState();
  if (!state || state.connectionAt !== connection.savedAt) state = initialSyncState(connection, now);
  if (state.running && !options.force) {
    // A chain stopped by the platform's limits or a crash: start its next step again.
    if (Date.parse(state.running.startedAt) + 2 * SYNC_INTERVAL_MS > now.getTime()) return 'running';
  }
  if (
    !options.force &&
    state.running === null &&
    state.nextRunAt &&
    Date.parse(state.nextRunAt) > now.getTime()
  )
    return 'not-due';
  const id = state.running?.id ?? randomUUID();
  const tables = Object.fromEntries(
    Object.entries(state.tables).map(([table, progress]) => [
      table,
      state.running ? progress : { ...progress, done: false },
    ]),
  );
  await deps.serviceNow.saveSyncState({
    ...state,
    tables,
    running: state.running ?? { id, startedAt: now.toISOString(), steps: 0 },
  });
  await deps.queue.next(id, firstStep(options.budget ?? TREE_ALLOWANCE));
  return 'started';
}

/**
 * One step of a sync run: reads the tables not yet caught up in this run, a few pages at a time,
 * storing each page's tickets before its watermark, so a step killed anywhere is repeated from
 * the last stored watermark and stores the same keys again. A table that fails is reported and
 * the others are read; the run ends when every table has caught up or failed, and the next run
 * is due an hour later.
 */
export async function syncStep(
  deps: SyncDeps,
  runId: string,
  step: ChainStep,
  options: SyncOptions = {},
): Promise<'continued' | 'finished' | 'stale' | 'chain-ended'> {
  const started = deps.timer.now();
  const connection = await deps.serviceNow.connection();
  let state = await deps.serviceNow.syncState();
  if (!connection || !state || state.running?.id !== runId) return 'stale';
  const credentials = await deps.serviceNow.credentials();
  const settings = await deps.settings.get();
  if (!credentials) {
    await deps.serviceNow.saveSyncState({
      ...state,
      running: null,
      lastError: 'No credentials are stored: save the connection again.',
    });
    return 'finished';
  }
  const http = deps.http(connection.instanceUrl);
  const client = new TableClient(http, new Authorizer(http, credentials, deps.timer), deps.timer);
  let budget = options.stepRequests ?? STEP_REQUESTS;
  const touched = new Set<string>();
  for (const spec of connectorTables(connection.mapping)) {
    const progress = state.tables[spec.table] ?? { watermark: null, done: false, read: 0 };
    if (progress.done) continue;
    if (budget <= 0 || deps.timer.now() - started > STEP_BUDGET_MS) break;
    const outcome = await readTable(
      client,
      spec,
      progress.watermark,
      { pageSize: options.pageSize ?? 1000, since: state.since, maxRequests: budget },
      async (rows, watermark) => {
        for (const day of await storePage(deps, connection, spec.table, rows, settings.reportingTimeZone))
          touched.add(day);
        const current: SyncState = state!;
        const table = current.tables[spec.table] ?? progress;
        state = {
          ...current,
          recordsRead: current.recordsRead + rows.length,
          tables: {
            ...current.tables,
            [spec.table]: { ...table, watermark, read: table.read + rows.length },
          },
        };
        await deps.serviceNow.saveSyncState(state);
      },
    );
    budget -= outcome.requests;
    const after: TableProgress = state.tables[spec.table] ?? progress;
    state = {
      ...state,
      tables: {
        ...state.tables,
        [spec.table]: {
          ...after,
          watermark: outcome.watermark,
          // A failed table counts as done for this run: the next run resumes from its watermark.
          done: outcome.done || outcome.error !== undefined,
          ...(outcome.error ? { lastError: outcome.error.message } : { lastError: undefined }),
        },
      },
      lastError: outcome.error ? outcome.error.message : state.lastError,
    };
    if (outcome.error?.code === 'AUTH' || outcome.error?.code === 'EGRESS') {
      for (const other of connectorTables(connection.mapping)) {
        const entry = state.tables[other.table] ?? { watermark: null, done: false, read: 0 };
        state.tables[other.table] = { ...entry, done: true, lastError: outcome.error.message };
      }
    }
  }
  const now = deps.now();
  state = { ...state, requests: state.requests + client.calls };
  const cost =
    touched.size === 0
      ? { pushes: 0, events: 0 }
      : await deps.rollups
          .schedule([...touched].sort().map((day) => ({ projectKey: SERVICENOW_PROJECT, day })))
          .catch(() => ({ pushes: 1, events: 0 }));
  const tables = connectorTables(connection.mapping).map((spec) => state!.tables[spec.table]);
  if (tables.every((table) => table?.done)) {
    const failed = tables.some((table) => table?.lastError !== undefined);
    await deps.serviceNow.saveSyncState({
      ...state,
      running: null,
      lastRunAt: now.toISOString(),
      nextRunAt: new Date(now.getTime() + SYNC_INTERVAL_MS).toISOString(),
      lastError: failed ? state.lastError : null,
      firstSyncDone: state.firstSyncDone || !failed,
    });
    return 'finished';
  }
  const next = nextStep(step.allowance, cost, deps.timer.now() - started);
  const running = state.running ?? { id: runId, startedAt: now.toISOString(), steps: 0 };
  await deps.serviceNow.saveSyncState({ ...state, running: { ...running, steps: running.steps + 1 } });
  if (!next) return 'chain-ended';
  await deps.queue.next(runId, next);
  return 'continued';
}

/**
 * Stores one page: every row joins its ticket's state (the newer version of a row wins), and each
 * touched ticket's facts are made again and written where they changed, with a rebuild marker per
 * changed day. Rows of a ticket that cannot be told (a result without a trigger record) are left.
 */
async function storePage(
  deps: Pick<SyncDeps, 'records'>,
  connection: StoredConnection,
  table: string,
  rows: readonly TableRow[],
  timeZone: string,
): Promise<string[]> {
  const byTicket = new Map<string, TableRow[]>();
  for (const row of rows) {
    const id = ticketIdOf(table, row, connection.mapping);
    if (id === undefined) continue;
    byTicket.set(id, [...(byTicket.get(id) ?? []), row]);
  }
  if (byTicket.size === 0) return [];
  const states = await deps.records.load([...byTicket.keys()]);
  const changes: ServiceNowTicketChange[] = [];
  for (const [sysId, ticketRows] of byTicket) {
    const before: ServiceNowTicketState = states.get(sysId) ?? emptyTicketState();
    let after = before;
    for (const row of ticketRows) after = withRow(after, table, row);
    if (after === before) continue;
    const previous = serviceNowFacts(sysId, before, connection.mapping, timeZone);
    const facts = serviceNowFacts(sysId, after, connection.mapping, timeZone);
    const { write, remove } = factChanges(previous, facts);
    const days = new Set(facts.map((fact) => fact.day));
    // Days stored before (under an older mapping or zone) that no fact stands on now.
    const stale = before.days.filter((day) => !days.has(day) && !remove.some((fact) => fact.day === day));
    changes.push({
      sysId,
      state: { ...after, days: [...days] },
      write,
      remove: [...remove.map((fact) => ({ day: fact.day })), ...stale.map((day) => ({ day }))],
    });
  }
  if (changes.length > 0) await deps.records.apply(changes, randomUUID().replace(/-/g, '').slice(0, 12));
  return [
    ...new Set(changes.flatMap((change) => [...change.write, ...change.remove].map((fact) => fact.day))),
  ];
}
