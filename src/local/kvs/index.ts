/**
 * The local stand-in for Forge's storage service. The real `@forge/kvs` SDK calls
 * `global.__forge_fetch__({ type: 'kvs', provider: 'app', remote: 'kvs' }, '/api/v1/<operation>', init)`;
 * the runtime forwards such calls to `LocalKvs.fetch`, which answers with the statuses and bodies
 * Forge's service sends, so the SDK resolves values and throws its own `ForgeKvsAPIError` unchanged.
 */
import type { OperationContext, Reply } from './operation-context';
import { EntityCatalog, type EntityDefinition } from './entities';
import {
  checkConditionFailure,
  DEFAULT_CONDITION_FAILURE,
  errors,
  toKvsError,
  type ConditionFailure,
  type KvsError,
} from './kvs-errors';
import { Interleavings, type InterleavedHook } from './interleave';
import { ItemFaults } from './item-faults';
import { loadContents, Persister } from './persistence';
import { API_PREFIX, routes } from './routes';
import { Meter, type KvsStats } from './stats';
import { Store } from './store';

export type { KvsStats } from './stats';
export type { EntityDefinition, AttributeType } from './entities';
export { KvsError, PUBLISHED_CODES, type ConditionFailure, type PublishedCode } from './kvs-errors';
export { isKvsDescriptor } from './wire';
export type { BatchOperation, ItemFaultRule } from './item-faults';

export interface LocalKvsOptions {
  /** JSON file to load on construction and save to after writes (for example `.local-data/kvs.json`). */
  dataFile?: string;
  /** Delay before every operation is answered, to make benchmarks feel the network. */
  latencyMs?: number;
  /** The clock TTLs expire against and timestamps come from; defaults to `Date.now`. */
  now?: () => number;
  /** Custom entities as declared in manifest.yml under `app.storage.entities`. */
  entities?: readonly EntityDefinition[];
  /** How long writes must pause before they are saved. */
  saveDebounceMs?: number;
  /** How a condition that does not hold is answered: an error status and a published code. */
  conditionFailure?: ConditionFailure;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export class LocalKvs {
  /** Batch items to fail, as Forge's batch calls may fail some items and succeed the rest. */
  readonly itemFaults = new ItemFaults();
  private readonly store: Store;
  private readonly meter = new Meter();
  private readonly catalog = new EntityCatalog();
  private readonly persister: Persister | undefined;
  private readonly interleavings = new Interleavings();
  private latencyMs: number;
  private conditionFailure: ConditionFailure;

  constructor(options: LocalKvsOptions = {}) {
    this.store = new Store(options.now ?? Date.now);
    this.latencyMs = options.latencyMs ?? 0;
    this.conditionFailure = checkConditionFailure(options.conditionFailure ?? DEFAULT_CONDITION_FAILURE);
    this.catalog.define(options.entities ?? []);
    if (options.dataFile !== undefined) {
      this.store.replace(loadContents(options.dataFile));
      this.persister = new Persister(
        options.dataFile,
        () => this.store.contents(),
        options.saveDebounceMs ?? 100,
      );
    }
  }

  /** Answers one SDK wire call, e.g. `fetch('/api/v1/get', { method: 'POST', body: '{"key":"a"}' })`. */
  async fetch(path: string, init?: RequestInit): Promise<Response> {
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    try {
      return toResponse(await this.answer(path, init));
    } catch (error) {
      this.meter.rejection();
      return errorResponse(toKvsError(error));
    }
  }

  stats(): KvsStats {
    const { keys, bytes } = this.store.totals();
    return { ...this.meter.snapshot(), keysStored: keys, bytesStored: bytes };
  }

  resetStats(): void {
    this.meter.reset();
  }

  setLatency(ms: number): void {
    this.latencyMs = Math.max(0, ms);
  }

  /** Changes how a condition that does not hold is answered (a published code, an error status). */
  setConditionFailure(failure: ConditionFailure): void {
    this.conditionFailure = checkConditionFailure(failure);
  }

  /**
   * Runs `hook` before each of the next `times` calls of `operation` (its path below `/api/v1/`,
   * e.g. `transaction`) is answered, as a concurrent client's request would. A hook that throws a
   * `KvsError` refuses the call with it.
   */
  interleave(operation: string, hook: InterleavedHook, times = 1): void {
    this.interleavings.add(operation, hook, times);
  }

  /** Adds or replaces entity declarations, e.g. after the manifest is reloaded. */
  defineEntities(definitions: readonly EntityDefinition[]): void {
    this.catalog.define(definitions);
  }

  /** Saves now; call before the process exits, since background saves do not hold it open. */
  async flush(): Promise<void> {
    await this.persister?.flush();
  }

  async clear(): Promise<void> {
    this.store.clear();
    await this.flush();
  }

  private async answer(path: string, init: RequestInit | undefined): Promise<Reply> {
    const name = operationName(path);
    const route = name === undefined ? undefined : routes[name];
    if (name === undefined || route === undefined) throw errors.unknownOperation(path);
    this.meter.operation(name);
    if ((init?.method ?? 'GET').toUpperCase() !== 'POST') throw errors.methodNotAllowed();
    await this.interleavings.take(name)?.();

    const parsed = route.schema.safeParse(parseJson(await bodyText(init)));
    if (!parsed.success)
      throw errors.badRequest(parsed.error.issues.map((issue) => issue.message).join('; '));
    // From here to the reply nothing awaits, so the operation is atomic with respect to other requests.
    const reply = route.handle(this.context(), parsed.data);
    if (route.writes) this.persister?.schedule();
    return reply;
  }

  private context(): OperationContext {
    return {
      store: this.store,
      meter: this.meter,
      catalog: this.catalog,
      itemFaults: this.itemFaults,
      conditionFailure: this.conditionFailure,
    };
  }
}

function operationName(path: string): string | undefined {
  const pathname = path.split('?')[0] ?? '';
  return pathname.startsWith(API_PREFIX) ? pathname.slice(API_PREFIX.length) : undefined;
}

async function bodyText(init: RequestInit | undefined): Promise<string> {
  const body = init?.body;
  if (body === undefined || body === null) return '';
  return typeof body === 'string' ? body : new Response(body).text();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw errors.badRequest('body is not JSON');
  }
}

function toResponse(reply: Reply): Response {
  if (reply.status === 204) return new Response(null, { status: 204, statusText: STATUS_TEXT[204] });
  return new Response(JSON.stringify(reply.body), {
    status: reply.status,
    statusText: STATUS_TEXT[reply.status],
    headers: { 'content-type': 'application/json' },
  });
}

function errorResponse(error: KvsError): Response {
  return new Response(JSON.stringify(error.toBody()), {
    status: error.status,
    statusText: STATUS_TEXT[error.status] ?? '',
    headers: { 'content-type': 'application/json' },
  });
}
