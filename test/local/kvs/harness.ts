/**
 * Wires the real `@forge/kvs` SDK to a LocalKvs the way the local runtime does: through
 * `global.__forge_fetch__`. The SDK reads `__forge_runtime__` once at import and, without a direct
 * KVS endpoint in it, sends every call to `__forge_fetch__` with the app descriptor.
 */
import { ForgeKvsAPIError } from '@forge/kvs';
import { isKvsDescriptor, LocalKvs, type LocalKvsOptions } from '../../../src/local/kvs';

type ForgeFetch = (descriptor: unknown, path: string, init?: RequestInit) => Promise<Response>;

export const descriptors: unknown[] = [];

export function connect(options?: LocalKvsOptions): LocalKvs {
  const local = new LocalKvs(options);
  const forgeFetch: ForgeFetch = (descriptor, path, init) => {
    descriptors.push(descriptor);
    if (!isKvsDescriptor(descriptor)) throw new Error(`unexpected descriptor ${JSON.stringify(descriptor)}`);
    return local.fetch(path, init);
  };
  (globalThis as unknown as { __forge_fetch__: ForgeFetch }).__forge_fetch__ = forgeFetch;
  return local;
}

/** Awaits a call that must fail with the SDK's own error type, and returns that error. */
export async function kvsError(call: Promise<unknown>): Promise<ForgeKvsAPIError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ForgeKvsAPIError) return error;
    throw error;
  }
  throw new Error('expected the call to be rejected');
}

/** A string value whose JSON form is exactly `bytes` bytes long (the two quotes included). */
export const valueOfBytes = (bytes: number): string => 'x'.repeat(bytes - 2);
