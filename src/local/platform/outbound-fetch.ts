import { egressAllows } from './egress';
import { currentScope } from './invocation';

/** A local service playing an outside host (the simulated ServiceNow instance). */
export type OutsideHost = (request: Request) => Promise<Response>;

/**
 * Forge's runtime egress, locally. On Forge every call a function makes to the outside passes the
 * platform, which lets through only hosts manifest.yml declares under
 * `permissions.external.fetch.backend`, whatever the HTTP client
 * (https://developer.atlassian.com/platform/forge/runtime-egress-permissions/), and answers a call
 * to any other host with a 403 response rather than an exception (servicenow.md [32]). Here the
 * global `fetch` is wrapped while the runtime runs: a call made inside an app invocation to a host
 * the manifest does not allow gets that 403; a declared host that a local service plays is
 * answered by it; a declared host nothing plays is unreachable (fetch's own "fetch failed").
 * Calls outside invocations (the local runtime's own) pass unchanged.
 */
export class OutboundEgress {
  private readonly hosts = new Map<string, OutsideHost>();
  /** Hosts refused, in order (for tests and the demo's log). */
  readonly refused: string[] = [];

  constructor(private readonly egress: readonly string[]) {}

  /** Plays `host` (e.g. `cxdemo.service-now.com`) with a local service. */
  play(host: string, service: OutsideHost): void {
    this.hosts.set(host.toLowerCase(), service);
  }

  async fetch(
    input: RequestInfo | URL,
    init: RequestInit | undefined,
    pass: typeof fetch,
  ): Promise<Response> {
    if (currentScope() === undefined) return pass(input, init);
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (!egressAllows(this.egress, url.href)) {
      this.refused.push(url.host);
      return new Response(`Egress to ${url.host} is not declared in the app's manifest.`, {
        status: 403,
        headers: { 'content-type': 'text/plain' },
      });
    }
    const service = this.hosts.get(url.hostname.toLowerCase());
    if (!service) {
      const cause = Object.assign(new Error(`getaddrinfo ENOTFOUND ${url.hostname}`), { code: 'ENOTFOUND' });
      throw new TypeError('fetch failed', { cause });
    }
    return service(request);
  }

  /** Wraps the global fetch; the returned function restores it. */
  install(): () => void {
    const previous = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      this.fetch(input, init, previous)) as typeof fetch;
    return () => {
      globalThis.fetch = previous;
    };
  }
}
