import axios, { AxiosError, type AxiosInstance } from 'axios';
import { TransportError, type ServiceNowHttp, type ServiceNowHttpRequest } from '../../app/servicenow/ports';

/**
 * The connector's HTTP port over axios (its fetch adapter).
 *
 * Why axios and not `@forge/api`'s `fetch`: on Forge's native Node.js runtime (manifest
 * `runtime.name: nodejs22.x`) egress is enforced by the platform for any client, not by an SDK
 * call. Forge's "Runtime egress permissions" page says an app whose function calls a third-party
 * site "using axios or any library that relies on fetch middleware" fails until the domain is
 * listed under `permissions.external.fetch.backend` — i.e. axios works once the host is declared
 * (https://developer.atlassian.com/platform/forge/runtime-egress-permissions/). `@forge/api` 8.x
 * itself exports the global `fetch` for external calls (node_modules/@forge/api/out/api/fetch.js,
 * `getFetchAPI`), so it adds no egress privilege axios lacks. Two platform rules apply to both: outbound calls must be HTTPS
 * (https://developer.atlassian.com/platform/forge/function-reference/nodejs-runtime/, ECO-876),
 * and a backend call to an undeclared host is answered with a 403 response rather than an
 * exception (third-party report, servicenow.md [32]) — which the table client reports as "no access",
 * naming the table. (The ECO-876 reference: https://jira.atlassian.com/browse/ECO-876.)
 *
 * Every HTTP status is returned as a response; only a call that got no answer throws, as
 * {@link TransportError} with axios's error code and no URL or header (no credential can leak).
 * No cookie jar (fetch keeps none in Node): ServiceNow serialises same-session requests [16].
 */
export function axiosServiceNowHttp(
  instanceUrl: string,
  options: { timeoutMs?: number } = {},
): ServiceNowHttp {
  const client: AxiosInstance = axios.create({
    // axios over the runtime's global fetch, looked up at each call: the platform's egress applies
    // to any client (see above), and the local runtime holds that same fetch to the manifest's
    // egress (src/local/platform/outbound-fetch.ts), so the local site refuses what Forge refuses.
    adapter: 'fetch',
    env: { fetch: (input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init) },
    baseURL: instanceUrl.replace(/\/+$/, ''),
    // The Table API's own quota rule cancels a transaction after 60 s [10]; wait a little longer.
    timeout: options.timeoutMs ?? 70_000,
    validateStatus: () => true,
    maxRedirects: 0,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
  });
  return {
    async send(request: ServiceNowHttpRequest) {
      try {
        const response = await client.request<string>({
          method: request.method,
          url: request.path,
          headers: request.form
            ? { ...request.headers, 'Content-Type': 'application/x-www-form-urlencoded' }
            : request.headers,
          data: request.form ? new URLSearchParams(request.form).toString() : undefined,
        });
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined && value !== null)
            headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
        }
        return { status: response.status, headers, body: parsed(response.data) };
      } catch (error) {
        if (error instanceof AxiosError)
          throw new TransportError(`no answer from the instance (${networkCode(error) ?? 'network error'})`);
        throw error;
      }
    },
  };
}

/** The socket's own code (ECONNREFUSED, ENOTFOUND) under fetch's "fetch failed", else axios's. */
function networkCode(error: AxiosError): string | undefined {
  type Coded = { code?: unknown; cause?: Coded } | undefined;
  const cause = error.cause as Coded;
  const inner = [cause?.code, cause?.cause?.code].find((code) => typeof code === 'string');
  return typeof inner === 'string' ? inner : error.code;
}

function parsed(text: unknown): unknown {
  if (typeof text !== 'string' || text === '') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
