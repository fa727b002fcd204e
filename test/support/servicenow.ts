import {
  Authorizer,
  TableClient,
  type Credentials,
  type RetryPolicy,
  type ServiceNowHttp,
  type Timer,
} from '../../src/app/servicenow';
import type { TableRow } from '../../src/domain/servicenow';
import type { ServiceNowInstance } from '../../src/local/servicenow';

/** The connector's HTTP port straight into a simulated instance (no socket), recording each path. */
export function instanceHttp(instance: ServiceNowInstance, origin = 'https://dev12345.service-now.com') {
  const paths: string[] = [];
  const http: ServiceNowHttp = {
    async send(request) {
      paths.push(request.path);
      const answer = instance.handle({
        method: request.method,
        url: new URL(request.path, origin),
        headers: new Headers({
          ...request.headers,
          ...(request.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        }),
        body: request.form ? new URLSearchParams(request.form).toString() : '',
      });
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(answer.headers ?? {})) headers[name.toLowerCase()] = value;
      // Through JSON, as on the wire: the answer must not share objects with the store.
      const body = answer.body === undefined ? '' : (JSON.parse(JSON.stringify(answer.body)) as unknown);
      return { status: answer.status, headers, body };
    },
  };
  return { http, paths };
}

/** A timer on a test clock: waiting moves the clock (and with it token lifetimes and storms). */
export function clockTimer(time: { now: () => Date; advance: (seconds: number) => void }) {
  const sleeps: number[] = [];
  const timer: Timer = {
    now: () => time.now().getTime(),
    sleep: async (ms) => {
      sleeps.push(ms);
      time.advance(ms / 1000);
    },
  };
  return { timer, sleeps };
}

export const SERVICE_ACCOUNT = {
  kind: 'basic',
  userName: 'cx.metrics',
  password: 'cx-metrics-demo',
} as const satisfies Credentials;
export const PASSWORD_GRANT = {
  kind: 'oauth-password',
  clientId: 'cx-metrics-client',
  clientSecret: 'cx-metrics-secret',
  userName: 'cx.metrics',
  password: 'cx-metrics-demo',
} as const satisfies Credentials;

export function connect(
  http: ServiceNowHttp,
  timer: Timer,
  credentials: Credentials = SERVICE_ACCOUNT,
  policy?: Partial<RetryPolicy>,
) {
  const authorizer = new Authorizer(http, credentials, timer);
  const client = new TableClient(
    http,
    authorizer,
    timer,
    { maxAttempts: 4, maxRetryAfterSeconds: 60, baseBackoffMs: 1000, maxBackoffMs: 8000, ...policy },
    () => 0.5,
  );
  return { authorizer, client };
}

/**
 * What a consumer stored: the latest version of each record (an idempotent upsert), and how often
 * each version was delivered. "Exactly once" = every record's current version stored, no version
 * delivered twice.
 */
export class RecordLedger {
  readonly stored = new Map<string, string>();
  readonly deliveries = new Map<string, number>();

  take(rows: readonly TableRow[]): void {
    for (const row of rows) {
      const version = `${row.sys_updated_on}#${row.sys_mod_count}`;
      const key = `${row.sys_id}@${version}`;
      this.deliveries.set(key, (this.deliveries.get(key) ?? 0) + 1);
      const before = this.stored.get(row.sys_id as string);
      if (before === undefined || newer(version, before)) this.stored.set(row.sys_id as string, version);
    }
  }

  /** Compares with the instance's rows now. */
  audit(current: ReadonlyArray<Record<string, string>>) {
    const missing = current.filter((row) => !this.stored.has(row.sys_id as string)).length;
    const stale = current.filter((row) => {
      const stored = this.stored.get(row.sys_id as string);
      return stored !== undefined && stored !== `${row.sys_updated_on}#${row.sys_mod_count}`;
    }).length;
    const repeatedVersions = [...this.deliveries.values()].filter((count) => count > 1).length;
    return { missing, stale, repeatedVersions };
  }
}

/** `time#count` versions: later time, or the same second with more updates. */
function newer(a: string, b: string): boolean {
  const [timeA = '', countA = '0'] = a.split('#');
  const [timeB = '', countB = '0'] = b.split('#');
  return timeA !== timeB ? timeA > timeB : Number(countA) > Number(countB);
}

/**
 * The baseline a keyset reader is measured against: the usual incremental read, `sys_updated_on`
 * at or after a time, ordered by it, stepped with `sysparm_offset` until a page comes back empty
 * past `X-Total-Count` (it does not stop on short pages, so only concurrent changes hurt it).
 * Returns each row as delivered; the caller counts misses and repeats.
 */
export async function naiveOffsetRead(
  client: TableClient,
  table: string,
  since: string,
  pageSize: number,
  onPage: (rows: TableRow[]) => void,
): Promise<{ requests: number }> {
  let requests = 0;
  for (let offset = 0; ; offset += pageSize) {
    requests += 1;
    const page = await client.page(table, {
      sysparm_query: `sys_updated_on>=${since}^ORDERBYsys_updated_on`,
      sysparm_fields: 'sys_id,sys_updated_on,sys_mod_count',
      sysparm_limit: String(pageSize),
      sysparm_offset: String(offset),
      sysparm_exclude_reference_link: 'true',
    });
    onPage(page.rows as TableRow[]);
    if (page.rows.length === 0 && offset + pageSize >= (page.total ?? 0)) return { requests };
  }
}
