import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ChainLink } from './async-event-limits';

/**
 * What the platform knows about one running invocation. The real `@forge/api` reads it from
 * `global.__forge_runtime__`; here each invocation gets its own through AsyncLocalStorage, so
 * concurrent invocations in one process never see each other's module or principal.
 */
export interface InvocationScope {
  invocationId: string;
  moduleKey: string;
  /** The user the invocation acts for (resolvers); absent for triggers and scheduled work. */
  principalAccountId?: string;
  /** The invocation's tree of queue pushes (Forge's cyclic invocation limit counts within it). */
  chain?: ChainLink;
  deadline: number;
}

const scopes = new AsyncLocalStorage<InvocationScope>();

export const currentScope = (): InvocationScope | undefined => scopes.getStore();

export function runInScope<T>(
  scope: Omit<InvocationScope, 'invocationId'>,
  work: () => Promise<T>,
): Promise<T> {
  return scopes.run({ ...scope, invocationId: randomUUID() }, work);
}

/** Rejects when an invocation outlives its platform time limit, as Forge stops it. */
export async function withTimeout<T>(work: Promise<T>, seconds: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} exceeded the ${seconds} s time limit`)),
      seconds * 1000,
    );
    timer.unref();
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

const noopMetric = { incr: () => undefined, measure: () => ({ stop: () => undefined }) };

/** The object `@forge/api` expects at `global.__forge_runtime__`, built from the current scope. */
export function forgeRuntimeGlobal(app: { appId: string; environmentId: string; scopes: string[] }) {
  return {
    get appContext() {
      const scope = currentScope();
      return {
        appId: app.appId,
        appVersion: '1.0.0',
        environmentId: app.environmentId,
        environmentType: 'DEVELOPMENT',
        invocationId: scope?.invocationId ?? 'outside-invocation',
        installationId: 'local-installation',
        moduleKey: scope?.moduleKey ?? '',
        license: undefined,
        permissions: { scopes: app.scopes, external: {} },
      };
    },
    get lambdaContext() {
      const scope = currentScope();
      return { getRemainingTimeInMillis: () => (scope ? Math.max(0, scope.deadline - Date.now()) : 0) };
    },
    metrics: { counter: () => noopMetric, timing: () => noopMetric },
  };
}
