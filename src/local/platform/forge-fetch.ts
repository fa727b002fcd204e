import { currentScope } from './invocation';

/** The callers a product request can be made as, as the simulated site understands them. */
export type Caller = { as: 'app' } | { as: 'user'; accountId: string };

export interface KvsBackend {
  fetch(path: string, init?: RequestInit): Promise<Response>;
}
export interface ProductBackend {
  fetch(restPath: string, init: RequestInit | undefined, caller: Caller): Promise<Response>;
}
export interface StargateBackend {
  fetch(path: string, init: RequestInit | undefined): Promise<Response>;
}

interface Descriptor {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/**
 * `global.__forge_fetch__`: where every `@forge/*` SDK call leaves the app. Routes KVS calls to the
 * local store, product REST calls to the simulated Jira site (as the app or as a user), and
 * platform calls (queue pushes, personal-data reports) to their local services.
 */
export function createForgeFetch(backends: {
  kvs: KvsBackend;
  product: ProductBackend;
  stargate: StargateBackend;
}) {
  return async (descriptor: Descriptor, path: string, init?: RequestInit): Promise<Response> => {
    if (descriptor.type === 'kvs') return backends.kvs.fetch(path, init);
    if (descriptor.type !== 'fpp') return json(400, { message: `Unsupported call type ${descriptor.type}` });
    if (descriptor.remote === 'stargate') return backends.stargate.fetch(path, init);
    if (descriptor.remote !== 'jira') {
      return new Response('', {
        status: 403,
        headers: { 'forge-proxy-error': 'REQUEST_PRODUCT_NOT_ALLOWED' },
      });
    }
    if (descriptor.provider === 'user') {
      const accountId = descriptor.accountId ?? currentScope()?.principalAccountId;
      // Forge answers this way when asUser() runs without a user (a trigger, a scheduled job).
      if (!accountId)
        return new Response('', {
          status: 401,
          headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' },
        });
      return backends.product.fetch(path, init, { as: 'user', accountId });
    }
    return backends.product.fetch(path, init, { as: 'app' });
  };
}
