import { DEMO_ACCOUNTS, DEMO_CLIENT, ServiceNowInstance } from '../../../src/local/servicenow';

export const NOW = new Date('2025-06-02T12:00:00Z');
export const ORIGIN = 'https://dev12345.service-now.com';

export const basic = (user = 'cx.metrics', password = 'cx-metrics-demo') =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** A clock tests can move. */
export function clock(start = NOW) {
  let at = start.getTime();
  return { now: () => new Date(at), advance: (seconds: number) => (at += seconds * 1000) };
}

/** An empty instance with the demo accounts, on a movable clock. */
export function emptyInstance(time = clock()) {
  return new ServiceNowInstance({ now: time.now, accounts: DEMO_ACCOUNTS, clients: [DEMO_CLIENT] });
}

/** Calls the instance; `path` includes the query. */
export async function call(
  instance: ServiceNowInstance,
  path: string,
  init: { auth?: string | null; method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  const headers = new Headers(init.headers);
  const auth = init.auth === undefined ? basic() : init.auth;
  if (auth !== null) headers.set('authorization', auth);
  const response = await instance.fetch(
    new Request(`${ORIGIN}${path}`, { method: init.method ?? 'GET', headers, body: init.body }),
  );
  const text = await response.text();
  const body = text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>);
  return { status: response.status, headers: response.headers, body };
}

/** The rows of a list answer. */
export const rows = (answer: { body?: Record<string, unknown> }) =>
  answer.body?.result as Array<Record<string, unknown>>;

/** Seeds a small instance: two weeks of tickets. */
export function seeded(time = clock(), seed = 11) {
  const instance = emptyInstance(time);
  const summary = instance.seed({ seed, now: time.now(), days: 14 });
  return { instance, summary, time };
}
