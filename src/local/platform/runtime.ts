import { join } from 'node:path';
import type { Clock } from './clock';
import { installClock } from './clock';
import { AsyncEventLimits, rootLink, type ChainLink } from './async-event-limits';
import { MAX_RETRIES, retryRequested, type RetryContext } from './delivery';
import { backendEgress } from './egress';
import { createForgeFetch, type KvsBackend, type ProductBackend } from './forge-fetch';
import { forgeRuntimeGlobal, runInScope, withTimeout } from './invocation';
import { InvocationLog, type InvocationRecord } from './invocation-log';
import { loadManifest, type AppManifest, type TriggerModule } from './manifest';
import { RouteScopeTable, unlistedRoutes } from './route-scopes';
import { nextTick } from './scheduled';
import { OutboundEgress } from './outbound-fetch';
import { LocalAccounts } from './personal-data';
import { compileTriggerFilter, type TriggerFilter } from './trigger-filter';
import { createStargate, type QueuedEvent } from './stargate';
import {
  checkRequestSize,
  responseFrom,
  WEB_TRIGGER_SECONDS,
  WebTriggerRefusal,
  WebTriggerUrls,
  staticResponseFrom,
  type HttpAnswer,
  type WebTriggerRequest,
} from './web-triggers';

/** Forge's documented time limits, in seconds. */
export const LIMITS = {
  resolver: 25,
  trigger: 25,
  scheduled: 55,
  consumer: 55,
  webtrigger: WEB_TRIGGER_SECONDS,
} as const;

export const LOCAL_CLOUD_ID = 'local-cloud-0001';
export const LOCAL_INSTALL_CONTEXT = `ari:cloud:jira::site/${LOCAL_CLOUD_ID}`;

type Handler = (...args: unknown[]) => unknown;

export interface LocalForgeOptions {
  appDir: string;
  clock: Clock;
  kvs: KvsBackend;
  site: ProductBackend;
  /** Loads a handler module by its manifest name (default: `src/<file>` of appDir). */
  loadHandlers?: (file: string) => Record<string, unknown>;
  /** The REST documents that say which scopes each Jira call needs (default: `specs/` of appDir). */
  specsDir?: string;
  /** Where the local server is reached, for web trigger URLs (default http://localhost:4310). */
  publicUrl?: string;
}

export interface DeliveryOptions {
  /** Extra deliveries of the same event, at the same moment (the platform may repeat events). */
  duplicates?: number;
  /** Delivered this many seconds later on the runtime clock (events arrive up to minutes late). */
  delaySeconds?: number;
}

/**
 * What a Custom UI frame tells the backend about itself; built by the host, never by the browser.
 * Only what Forge documents for a resolver's `context` is passed on: no `locale`, no `timezone`.
 */
export interface ResolverCall {
  moduleKey: string;
  accountId: string;
  accountType: string;
  localId: string;
  extension: Record<string, unknown>;
}

/**
 * The local Forge platform: runs the app's real handlers, named in its real manifest, with the
 * real `@forge/*` SDKs reaching local services through `__forge_fetch__`. Product events, scheduled
 * triggers and queue events are delivered on the runtime clock, with the platform's filters,
 * retries and time limits.
 */
export class LocalForge {
  readonly manifest: AppManifest;
  readonly log = new InvocationLog();
  /** The site's accounts as the personal-data report sees them (closed, profile changed). */
  readonly accounts = new LocalAccounts();
  /** Accounts closed on the site (`POST /_local/accounts/{accountId}/close`). */
  get closedAccounts(): Set<string> {
    return this.accounts.closed;
  }
  /** Forge's async-event limits, applied to every queue push, with what was pushed and refused. */
  readonly asyncEvents = new AsyncEventLimits(() => this.options.clock.now());
  private readonly modules = new Map<string, Record<string, unknown>>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private restore: Array<() => void> = [];
  private scheduledTimers: number[] = [];
  /** The tail of the deliveries of each queue concurrency key, so they run one after another. */
  private readonly lanes = new Map<string, Promise<unknown>>();
  /** Each trigger's filter, checked when the manifest is loaded (see trigger-filter.ts). */
  private readonly triggerFilters: Map<string, TriggerFilter>;
  /** One URL per web trigger module of the manifest. */
  readonly webTriggers: WebTriggerUrls;
  /** Calls to the outside, held to the manifest's backend egress (see outbound-fetch.ts). */
  readonly outbound: OutboundEgress;

  constructor(private readonly options: LocalForgeOptions) {
    this.manifest = loadManifest(options.appDir);
    this.outbound = new OutboundEgress(backendEgress(options.appDir));
    this.webTriggers = new WebTriggerUrls(
      this.manifest.modules.webtrigger,
      this.manifest.app.id,
      options.publicUrl ?? 'http://localhost:4310',
    );
    this.triggerFilters = new Map(
      this.manifest.modules.trigger.map((trigger) => [
        trigger.key,
        compileTriggerFilter(trigger.key, trigger.filter),
      ]),
    );
  }

  get clock(): Clock {
    return this.options.clock;
  }

  /** Installs the platform globals and starts scheduled triggers. */
  start(): this {
    const routes = RouteScopeTable.fromSpecs(this.options.specsDir ?? join(this.options.appDir, 'specs'));
    const unlisted = unlistedRoutes(routes, this.options.site.servedRoutes?.() ?? []);
    if (unlisted.length > 0) {
      throw new Error(
        `The local Jira site serves ${unlisted.map(({ method, path }) => `${method} ${path}`).join(', ')}, ` +
          'which the REST documents in specs/ do not list: add each with its scopes (specs/README.md), ' +
          'so the local runtime can refuse the call as Jira does when manifest.yml lacks them.',
      );
    }
    const g = globalThis as Record<string, unknown>;
    const previous = { fetch: g.__forge_fetch__, runtime: g.__forge_runtime__ };
    g.__forge_fetch__ = createForgeFetch({
      kvs: this.options.kvs,
      product: this.options.site,
      permissions: {
        routes,
        scopes: this.manifest.permissions.scopes,
        impersonationScopes: this.manifest.permissions.impersonationScopes,
      },
      stargate: createStargate({
        admit: ({ queueName, events, from }) =>
          this.asyncEvents.admit({
            queueName,
            events,
            from,
            longRunningConsumer: this.longRunningQueue(queueName),
          }),
        enqueue: (events) => events.forEach((event) => this.enqueue(event)),
        accounts: this.accounts,
        webTriggerUrl: (moduleKey) => this.webTriggers.urlOf(moduleKey),
        webTriggerUrls: () => this.webTriggers.list(),
      }),
    });
    g.__forge_runtime__ = forgeRuntimeGlobal({
      appId: this.manifest.app.id,
      environmentId: 'local-development',
      scopes: this.manifest.permissions.scopes,
    });
    this.restore.push(installClock(this.clock), this.outbound.install(), () => {
      g.__forge_fetch__ = previous.fetch;
      g.__forge_runtime__ = previous.runtime;
    });
    for (const trigger of this.manifest.modules.scheduledTrigger) this.scheduleNext(trigger.key);
    return this;
  }

  async stop(): Promise<void> {
    this.scheduledTimers.forEach((id) => this.clock.cancel(id));
    await this.idle();
    this.restore.reverse().forEach((undo) => undo());
    this.restore = [];
  }

  /** Waits until every delivery started so far (and any it started) has finished. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Delivers a product event (e.g. `avi:jira:updated:issue`) to every trigger subscribed to it. */
  async deliverProductEvent(productEvent: { eventType: string }, options: DeliveryOptions = {}) {
    const event = productEvent as { eventType: string } & Record<string, unknown>;
    const triggers = this.manifest.modules.trigger.filter((trigger) =>
      trigger.events.includes(event.eventType),
    );
    const deliverAll = () =>
      Promise.all(
        triggers.flatMap((trigger) =>
          Array.from({ length: 1 + (options.duplicates ?? 0) }, () =>
            this.deliverToTrigger(trigger, event, 0),
          ),
        ),
      ).then(() => undefined);
    if (options.delaySeconds && options.delaySeconds > 0) {
      this.clock.schedule(this.clock.now() + options.delaySeconds * 1000, () => this.track(deliverAll()));
      return;
    }
    await this.track(deliverAll());
  }

  /**
   * Calls a resolver function as a Custom UI `invoke` would, with the platform's context: the
   * fields Forge documents for a resolver's `req.context`
   * (https://developer.atlassian.com/platform/forge/runtime-reference/forge-resolver/), plus
   * `accountId` and `installContext`, which `@forge/resolver` adds from the invocation itself.
   * The frame's `locale` and `timezone` (documented for `view.getContext()` in the browser only)
   * are not passed, so the app reads a user's language from Jira, as it must on a real site.
   */
  async invokeResolver(functionKey: string, call: ResolverCall, resolverKey: string, payload: unknown) {
    const handler = this.handlerFor(functionKey);
    const context = {
      localId: call.localId,
      cloudId: LOCAL_CLOUD_ID,
      moduleKey: call.moduleKey,
      siteUrl: 'http://localhost',
      environmentId: 'local-development',
      environmentType: 'DEVELOPMENT',
      accountType: call.accountType,
      extension: call.extension,
    };
    return this.run(
      { functionKey, moduleKey: call.moduleKey, kind: 'resolver', principal: call.accountId },
      () =>
        handler(
          { call: { functionKey: resolverKey, payload }, context },
          { principal: { accountId: call.accountId }, installContext: LOCAL_INSTALL_CONTEXT },
        ),
    );
  }

  /**
   * Answers an HTTPS request to a web trigger URL (`/x1/<id>`) as Forge does: an unknown id is a
   * 404; the request reaches the module's function as JSON; a result that is no valid response
   * (no `statusCode`, header values that are not lists of strings, a body over the payload limit)
   * or a thrown error becomes a 500 with no trace of the app in it (web-triggers.ts).
   */
  async invokeWebTrigger(id: string, request: WebTriggerRequest): Promise<HttpAnswer> {
    const module = this.webTriggers.moduleOf(id);
    const plain = (status: number, body: string): HttpAnswer => ({
      status,
      headers: { 'Content-Type': ['text/plain; charset=utf-8'] },
      body,
    });
    if (!module) return plain(404, 'No web trigger at this URL.');
    try {
      checkRequestSize(request);
    } catch (error) {
      if (error instanceof WebTriggerRefusal) return plain(error.status, error.message);
      throw error;
    }
    const handler = this.handlerFor(module.function);
    try {
      const result = await this.track(
        this.run({ functionKey: module.function, moduleKey: module.key, kind: 'webtrigger' }, () =>
          handler(
            { ...request, context: { cloudId: LOCAL_CLOUD_ID, moduleKey: module.key } },
            { installContext: LOCAL_INSTALL_CONTEXT },
          ),
        ),
      );
      return module.response?.type === 'static'
        ? staticResponseFrom(result, module)
        : responseFrom(result, module.key);
    } catch (error) {
      if (error instanceof WebTriggerRefusal) {
        console.error(`[forge] ${error.message}`);
        this.log.add({
          functionKey: module.function,
          moduleKey: module.key,
          kind: 'webtrigger',
          at: new Date().toISOString(),
          ms: 0,
          outcome: 'error',
          error: error.message,
        });
        return plain(error.status, 'The app could not answer this request.');
      }
      return plain(500, 'The app could not answer this request.');
    }
  }

  /** Runs a scheduled trigger now, as the platform does at its interval. */
  async runScheduled(moduleKey: string): Promise<unknown> {
    const trigger = this.manifest.modules.scheduledTrigger.find((candidate) => candidate.key === moduleKey);
    if (!trigger) throw new Error(`No scheduled trigger ${moduleKey} in manifest.yml`);
    const handler = this.handlerFor(trigger.function);
    return this.track(
      this.run({ functionKey: trigger.function, moduleKey, kind: 'scheduled' }, () =>
        handler(
          { context: { cloudId: LOCAL_CLOUD_ID, moduleKey } },
          { installContext: LOCAL_INSTALL_CONTEXT },
        ),
      ).catch(() => undefined), // a throwing scheduled trigger is not retried; it is in the log
    );
  }

  private scheduleNext(moduleKey: string): void {
    const trigger = this.manifest.modules.scheduledTrigger.find((candidate) => candidate.key === moduleKey);
    if (!trigger) return;
    const id = this.clock.schedule(nextTick(this.clock.now(), trigger.interval), async () => {
      this.scheduleNext(moduleKey);
      await this.runScheduled(moduleKey);
    });
    this.scheduledTimers.push(id);
  }

  private async deliverToTrigger(
    trigger: TriggerModule,
    event: Record<string, unknown>,
    attempt: number,
    // Each delivery of a product event starts an invocation tree; its redeliveries stay in it.
    chain: ChainLink = rootLink(),
  ) {
    const decision = this.triggerFilters.get(trigger.key)?.(event) ?? { deliver: true };
    if (decision.logged) {
      console.warn(`[forge] ${decision.logged}`);
      this.log.add({
        functionKey: trigger.function,
        moduleKey: trigger.key,
        kind: 'filter',
        at: new Date().toISOString(),
        ms: 0,
        outcome: 'error',
        error: decision.logged,
      });
    }
    if (!decision.deliver) return;
    const handler = this.handlerFor(trigger.function);
    const retryContext: RetryContext | undefined = attempt > 0 ? { retryCount: attempt } : undefined;
    const delivered = { ...event, ...(retryContext ? { retryContext } : {}) };
    let result: unknown;
    try {
      result = await this.run(
        { functionKey: trigger.function, moduleKey: trigger.key, kind: 'trigger', chain },
        () => handler(delivered, { installContext: LOCAL_INSTALL_CONTEXT }),
      );
    } catch {
      return; // logged by run(); Forge documents no retry for a thrown error
    }
    const retry = retryRequested(result);
    if (retry && attempt < MAX_RETRIES) {
      this.clock.schedule(this.clock.now() + retry.retryAfter * 1000, () =>
        this.track(
          this.deliverToTrigger(trigger, { ...event, retryData: retry.retryData }, attempt + 1, chain),
        ),
      );
    }
  }

  private enqueue(event: QueuedEvent, attempt = 0): void {
    const consumers = this.manifest.modules.consumer.filter((consumer) => consumer.queue === event.queueName);
    const deliver = async () => {
      for (const consumer of consumers) {
        const handler = this.handlerFor(consumer.function);
        const body = {
          queueName: event.queueName,
          jobId: event.jobId,
          eventId: event.eventId,
          body: event.body,
          ...(attempt > 0 ? { retryContext: { retryCount: attempt } } : {}),
        };
        const result = await this.run(
          { functionKey: consumer.function, moduleKey: consumer.key, kind: 'consumer', chain: event.chain },
          () => handler(body, { installContext: LOCAL_INSTALL_CONTEXT }),
        ).catch(() => undefined);
        const retry = retryRequested(result);
        if (retry && attempt < MAX_RETRIES) {
          this.enqueue({ ...event, delayInSeconds: retry.retryAfter }, attempt + 1);
        }
      }
    };
    const key = event.concurrencyKey;
    const run = key
      ? () => {
          const next = (this.lanes.get(key) ?? Promise.resolve()).then(deliver, deliver);
          this.lanes.set(key, next);
          void next.finally(() => this.lanes.get(key) === next && this.lanes.delete(key));
          return next;
        }
      : deliver;
    this.clock.schedule(this.clock.now() + event.delayInSeconds * 1000, () => this.track(run()));
  }

  private async run<T>(
    what: {
      functionKey: string;
      moduleKey: string;
      kind: Exclude<InvocationRecord['kind'], 'filter'>;
      principal?: string;
      /** Where a consumer (or a redelivered trigger) stands in its tree; others start a tree. */
      chain?: ChainLink;
    },
    work: () => T | Promise<T>,
  ): Promise<T> {
    const started = performance.now();
    const at = new Date().toISOString();
    // Scheduled triggers and consumers may ask for up to 900 s in the manifest; the rest is fixed.
    const declared = this.manifest.modules.function.find((fn) => fn.key === what.functionKey)?.timeoutSeconds;
    const limit =
      declared !== undefined && (what.kind === 'scheduled' || what.kind === 'consumer')
        ? Math.min(declared, 900)
        : LIMITS[what.kind];
    const record = (outcome: InvocationRecord['outcome'], error?: string) =>
      this.log.add({
        functionKey: what.functionKey,
        moduleKey: what.moduleKey,
        kind: what.kind,
        at,
        ms: Math.round(performance.now() - started),
        outcome,
        ...(error ? { error } : {}),
      });
    try {
      const result = await runInScope(
        {
          moduleKey: what.moduleKey,
          principalAccountId: what.principal,
          chain: what.chain ?? rootLink(),
          deadline: Date.now() + limit * 1000,
        },
        () => withTimeout(Promise.resolve().then(work), limit, `${what.kind} ${what.functionKey}`),
      );
      record(retryRequested(result) ? 'retry' : 'ok');
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[forge] ${what.kind} ${what.functionKey} failed: ${message}`);
      record('error', message);
      throw error;
    }
  }

  /**
   * Whether a consumer of the queue runs with a timeout over 55 s, where Forge takes events of at
   * most 100 KB each (https://developer.atlassian.com/platform/forge/limits-async-events/).
   */
  private longRunningQueue(queueName: string): boolean {
    return this.manifest.modules.consumer.some(
      (consumer) =>
        consumer.queue === queueName &&
        (this.manifest.modules.function.find((fn) => fn.key === consumer.function)?.timeoutSeconds ?? 0) > 55,
    );
  }

  private handlerFor(functionKey: string): Handler {
    const fn = this.manifest.modules.function.find((candidate) => candidate.key === functionKey);
    if (!fn) throw new Error(`manifest.yml has no function ${functionKey}`);
    // `handler: index.resolver` names the export `resolver` of `src/index`, as Forge reads it.
    const dot = fn.handler.lastIndexOf('.');
    const file = fn.handler.slice(0, dot);
    const exportName = fn.handler.slice(dot + 1);
    let module = this.modules.get(file);
    if (!module) {
      module = this.options.loadHandlers?.(file) ?? loadAppModule(this.options.appDir, file);
      this.modules.set(file, module);
    }
    const handler = module[exportName];
    if (typeof handler !== 'function') {
      throw new Error(`Function ${functionKey}: handler ${fn.handler} is not exported by src/${file}`);
    }
    return handler as Handler;
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }
}

/** A handler module of the app, found where Forge looks for it: under `src/`. */
function loadAppModule(appDir: string, file: string): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(appDir, 'src', file)) as Record<string, unknown>;
}
