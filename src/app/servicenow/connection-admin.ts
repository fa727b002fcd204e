import type {
  ServiceNowAdminView,
  ServiceNowCheckView,
  ServiceNowSaveAnswer,
  ServiceNowSyncView,
} from '../../contract/servicenow';
import { DEFAULT_MAPPING, readDateTime } from '../../domain/servicenow';
import { checkInstanceUrl } from '../../domain/servicenow/instance-url';
import { fieldErrors } from '../../domain/settings/field-errors';
import { AppError } from '../errors';
import type { ServiceNowHttp, Timer } from './ports';
import type { ServiceDesk } from '../ports/service-desk';
import { requireJiraAdmin } from '../require-jira-admin';
import { connectionInputSchema, type StoredConnection } from './connection-settings';
import { connectorTables } from './connector-tables';
import type { Credentials } from './credentials';
import type { ServiceNowSettingsStore } from './store-ports';
import { startSync, type SyncDeps } from './sync-step';
import type { SyncState } from './sync-state';
import { testConnection } from './test-connection';

export interface AdminDeps {
  desk: ServiceDesk;
  serviceNow: ServiceNowSettingsStore;
  http: (instanceUrl: string) => ServiceNowHttp;
  timer: Timer;
  now: () => Date;
}

/** The connection, its defaults and the sync's progress; never a credential. */
export async function readServiceNow(deps: AdminDeps): Promise<ServiceNowAdminView> {
  await requireJiraAdmin(deps.desk, 'see the ServiceNow connection');
  const [connection, credentials, state] = await Promise.all([
    deps.serviceNow.connection(),
    deps.serviceNow.credentials(),
    deps.serviceNow.syncState(),
  ]);
  return {
    connection: connection && {
      instanceUrl: connection.instanceUrl,
      customDomain: connection.customDomain,
      authKind: connection.authKind,
      hasCredentials: credentials !== null && credentials.kind === connection.authKind,
      mapping: connection.mapping,
      firstSyncMonths: connection.firstSyncMonths,
      enabled: connection.enabled,
    },
    defaultMapping: DEFAULT_MAPPING,
    sync:
      state && connection && state.connectionAt === connection.savedAt
        ? syncView(
            state,
            deps.now(),
            connectorTables(connection.mapping).map((spec) => spec.table),
          )
        : null,
  };
}

/** Parsed input, URL checked, credentials resolved (entered, or the stored ones of the same kind). */
async function prepared(deps: AdminDeps, payload: unknown) {
  const parsed = connectionInputSchema.safeParse(payload);
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', 'Some ServiceNow settings are not valid.', fieldErrors(parsed.error));
  }
  const input = parsed.data;
  const url = checkInstanceUrl(input.instanceUrl, input.confirmCustomDomain);
  if (!url.ok)
    throw new AppError('INVALID_INPUT', url.reason, [{ field: 'instanceUrl', message: url.reason }]);
  if (input.credentials && input.credentials.kind !== input.authKind) {
    throw new AppError('INVALID_INPUT', 'The credentials do not match the authentication method.');
  }
  let credentials: Credentials | null = input.credentials ?? null;
  if (!credentials) {
    const [stored, connection] = await Promise.all([
      deps.serviceNow.credentials(),
      deps.serviceNow.connection(),
    ]);
    // Stored credentials serve only the instance and method they were entered for.
    if (stored?.kind === input.authKind && connection?.instanceUrl === url.origin) credentials = stored;
  }
  if (!credentials) {
    const message = 'Enter the credentials for this instance and authentication method.';
    throw new AppError('INVALID_INPUT', message, [{ field: 'credentials', message }]);
  }
  return { input, origin: url.origin, customDomain: url.customDomain, credentials };
}

/** Tests what the admin entered, storing nothing. */
export async function testServiceNow(deps: AdminDeps, payload: unknown): Promise<ServiceNowCheckView> {
  await requireJiraAdmin(deps.desk, 'test the ServiceNow connection');
  const { input, origin, credentials } = await prepared(deps, payload);
  return testConnection(deps.http(origin), credentials, input.mapping, deps.timer);
}

/**
 * Tests, then stores the connection and its credentials only when the test passes on every table:
 * a wrong URL, refused credentials, a table without access or a mapped field the instance lacks
 * leave the stored connection as it was. A saved connection starts its first sync.
 */
export async function saveServiceNow(
  deps: AdminDeps & Omit<SyncDeps, 'timer' | 'now' | 'http' | 'serviceNow'>,
  payload: unknown,
): Promise<ServiceNowSaveAnswer> {
  await requireJiraAdmin(deps.desk, 'change the ServiceNow connection');
  const { input, origin, customDomain, credentials } = await prepared(deps, payload);
  const check = await testConnection(deps.http(origin), credentials, input.mapping, deps.timer);
  if (!check.ok) return { saved: false, check };
  const connection: StoredConnection = {
    instanceUrl: origin,
    customDomain,
    authKind: input.authKind,
    mapping: input.mapping,
    firstSyncMonths: input.firstSyncMonths,
    enabled: input.enabled,
    savedAt: deps.now().toISOString(),
  };
  await deps.serviceNow.saveCredentials(credentials);
  await deps.serviceNow.saveConnection(connection);
  if (connection.enabled) await startSync({ ...deps }, { force: true });
  return { saved: true, check };
}

export async function syncServiceNowNow(
  deps: SyncDeps & { desk: ServiceDesk },
): Promise<{ started: string }> {
  await requireJiraAdmin(deps.desk, 'start a ServiceNow sync');
  return { started: await startSync(deps, { force: true }) };
}

function syncView(state: SyncState, now: Date, tableNames: readonly string[]): ServiceNowSyncView {
  const since = readDateTime(state.since);
  const start = since.ok && since.value !== undefined ? since.value : now.getTime();
  const tables = tableNames.map(
    (table) => [table, state.tables[table] ?? { watermark: null, done: false, read: 0 }] as const,
  );
  const share = (watermark: string | undefined, done: boolean) => {
    if (done) return 1;
    const at = watermark ? readDateTime(watermark) : undefined;
    const value = at?.ok && at.value !== undefined ? at.value : start;
    return Math.min(1, Math.max(0, (value - start) / Math.max(1, now.getTime() - start)));
  };
  const progress =
    tables.length === 0
      ? 0
      : tables.reduce((sum, [, table]) => sum + share(table.watermark?.updatedOn, table.done), 0) /
        tables.length;
  return {
    running: state.running !== null,
    recordsRead: state.recordsRead,
    progress: state.running === null && state.firstSyncDone ? 1 : Math.round(progress * 1000) / 1000,
    firstSyncDone: state.firstSyncDone,
    lastRunAt: state.lastRunAt,
    nextRunAt: state.nextRunAt,
    lastError: state.lastError,
    tables: tables.map(([table, entry]) => ({
      table,
      read: entry.read,
      watermark: entry.watermark?.updatedOn ?? null,
      lastError: entry.lastError ?? null,
    })),
  };
}
