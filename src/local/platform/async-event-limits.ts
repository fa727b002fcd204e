import { randomUUID } from 'node:crypto';

/**
 * Forge's limits on async events (`@forge/events` queues), for each installation of an app:
 * https://developer.atlassian.com/platform/forge/limits-async-events/ — and the push API that
 * states the first two: https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/
 */
export const ASYNC_EVENT_LIMITS = {
  /** "Event per request: 50". */
  eventsPerPush: 50,
  /** "Payload size: 200 KB, maximum combined payload size of events in single request". */
  payloadBytesPerPush: 200 * 1024,
  /**
   * "Payload size for long running functions: 100 KB, maximum size of an individual event. This
   * limit only applies to functions specifying a timeout greater than 55 seconds."
   */
  eventBytesLongRunning: 100 * 1024,
  /** "Event per minute: 500, maximum number of events pushed in one minute." */
  eventsPerMinute: 500,
  /** "The events processing can be delayed up to 15 minutes using the delayInSeconds setting." */
  maxDelaySeconds: 900,
  /**
   * "Cyclic invocation limit: 1000 … the total number of async event push requests that can be
   * made across all handlers originating from a single initial function invocation, including
   * requests made by downstream handlers … a function that calls push 1000 times in a loop, or a
   * chain where each handler calls push once for 1000 hops, both reach this limit." (Earlier
   * versions of the page spoke of the cyclic depth alone; the total is the stricter reading, and
   * bounds the depth too.)
   */
  pushesPerInvocationTree: 1000,
} as const;

/**
 * One tree of invocations: a root (a resolver call, a product event's trigger, a scheduled
 * trigger) and every consumer invocation that its pushes, and their consumers' pushes, led to.
 * The platform counts the push requests made anywhere in the tree.
 */
export interface PushTree {
  readonly id: string;
  pushes: number;
}

/** Where an invocation stands: its tree, and how many pushes in a row led to it (0 for a root). */
export interface ChainLink {
  tree: PushTree;
  depth: number;
}

export const rootLink = (): ChainLink => ({ tree: { id: randomUUID(), pushes: 0 }, depth: 0 });

export type RefusalKind =
  'eventsPerPush' | 'payloadSize' | 'eventSize' | 'delay' | 'eventsPerMinute' | 'invocationTree';

/**
 * How the platform answers a push it refuses, and what `@forge/events` makes of it
 * (validators.js `validatePushAPIResponse`/`validateAPIResponse`): 413 → `PayloadTooBigError`
 * (its `errorMessage`), 429 → `RateLimitError`, 405 → `InvocationLimitReachedError`. Too many
 * events, a payload over 200 KB and a delay outside 0–900 s are already refused by the SDK
 * before it sends anything (`TooManyEventsError`, `PayloadTooBigError`,
 * `InvalidPushSettingsError`); the answers below reach only a push that went around it. The error
 * types are documented at
 * https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api-error-handling/
 */
export interface Refusal {
  kind: RefusalKind;
  status: number;
  body: { errorMessage: string; message: string };
}

const refusal = (kind: RefusalKind, status: number, text: string): Refusal => ({
  kind,
  status,
  body: { errorMessage: text, message: text },
});

export interface PushAttempt {
  queueName: string;
  /** The events as the push request carries them (`body`, `delayInSeconds`, `concurrency`). */
  events: unknown[];
  /** A consumer of the queue runs with `timeoutSeconds` over 55 (the 100 KB per event rule). */
  longRunningConsumer: boolean;
  /** The invocation that pushes. */
  from: ChainLink;
}

/** What the runtime counted of the pushes it accepted and refused, since the last reset. */
export interface AsyncEventStats {
  pushes: number;
  events: number;
  /** The most events accepted in any 60 s of runtime time (the limit's window, sliding). */
  peakEventsPerMinute: number;
  /** The longest run of pushes, each made by a consumer of the previous one (a root's push is 1). */
  longestChain: number;
  /** The most push requests made within one invocation tree. */
  mostPushesInOneTree: number;
  refused: Record<RefusalKind, number>;
  /** Accepted pushes by queue, and how many invocation trees they came from. */
  queues: Record<string, { pushes: number; events: number; trees: number }>;
}

const WINDOW_MS = 60_000;
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
const noRefusals = (): Record<RefusalKind, number> => ({
  eventsPerPush: 0,
  payloadSize: 0,
  eventSize: 0,
  delay: 0,
  eventsPerMinute: 0,
  invocationTree: 0,
});

/**
 * Admits or refuses queue pushes as Forge does, and keeps the counters tests and benchmarks read.
 * The per-minute limit is applied to any 60 s of the runtime clock (the page does not say whether
 * Forge's minute is fixed or sliding; sliding is the stricter, so an app that lives within it
 * lives within either). A refused push counts towards nothing.
 */
export class AsyncEventLimits {
  private window: Array<{ at: number; events: number }> = [];
  private inWindow = 0;
  private counters: AsyncEventStats = AsyncEventLimits.empty();
  private readonly treesOf = new Map<string, Set<string>>();
  private replaying = 0;

  constructor(private readonly now: () => number) {}

  private static empty(): AsyncEventStats {
    return {
      pushes: 0,
      events: 0,
      peakEventsPerMinute: 0,
      longestChain: 0,
      mostPushesInOneTree: 0,
      refused: noRefusals(),
      queues: {},
    };
  }

  admit(push: PushAttempt): Refusal | null {
    const found = this.check(push);
    if (found) {
      this.counters.refused[found.kind] += 1;
      return found;
    }
    if (this.replaying === 0) {
      this.window.push({ at: this.now(), events: push.events.length });
      this.inWindow += push.events.length;
    }
    push.from.tree.pushes += 1;
    const stats = this.counters;
    stats.pushes += 1;
    stats.events += push.events.length;
    stats.peakEventsPerMinute = Math.max(stats.peakEventsPerMinute, this.inWindow);
    stats.longestChain = Math.max(stats.longestChain, push.from.depth + 1);
    stats.mostPushesInOneTree = Math.max(stats.mostPushesInOneTree, push.from.tree.pushes);
    const trees = this.treesOf.get(push.queueName) ?? new Set<string>();
    trees.add(push.from.tree.id);
    this.treesOf.set(push.queueName, trees);
    const queue = (stats.queues[push.queueName] ??= { pushes: 0, events: 0, trees: 0 });
    queue.pushes += 1;
    queue.events += push.events.length;
    queue.trees = trees.size;
    return null;
  }

  /**
   * Runs a seeding replay: months of a site's past events delivered at one instant, as if the app
   * had been installed all along. The per-minute limit means nothing for events that in truth came
   * over months, so pushes made meanwhile are neither held to it nor counted in its window; every
   * other limit still applies. Only the local site's seeding uses this, never the app's own work.
   */
  async replayingThePast<T>(work: () => Promise<T>): Promise<T> {
    this.replaying += 1;
    try {
      return await work();
    } finally {
      this.replaying -= 1;
    }
  }

  stats(): AsyncEventStats {
    const queues = Object.fromEntries(
      Object.entries(this.counters.queues).map(([name, counts]) => [name, { ...counts }]),
    );
    return { ...this.counters, refused: { ...this.counters.refused }, queues };
  }

  /** Zeroes the counters (a benchmark's next phase); what the platform enforces is kept. */
  resetStats(): void {
    this.counters = AsyncEventLimits.empty();
    this.treesOf.clear();
    this.counters.peakEventsPerMinute = this.inWindowAt(this.now());
  }

  private check(push: PushAttempt): Refusal | null {
    const limits = ASYNC_EVENT_LIMITS;
    const { events } = push;
    if (events.length > limits.eventsPerPush) {
      return refusal(
        'eventsPerPush',
        400,
        `This push contains more than the ${limits.eventsPerPush} events allowed.`,
      );
    }
    for (const event of events) {
      const delay = (event as { delayInSeconds?: unknown }).delayInSeconds;
      if (delay !== undefined && (typeof delay !== 'number' || delay < 0 || delay > limits.maxDelaySeconds)) {
        return refusal(
          'delay',
          400,
          `The delayInSeconds setting must be between 0 and ${limits.maxDelaySeconds}.`,
        );
      }
    }
    if (bytes(events) > limits.payloadBytesPerPush) {
      return refusal(
        'payloadSize',
        413,
        `The maximum payload size is ${limits.payloadBytesPerPush / 1024}KB.`,
      );
    }
    if (push.longRunningConsumer && events.some((event) => bytes(event) > limits.eventBytesLongRunning)) {
      return refusal(
        'eventSize',
        413,
        `An event for a function with a timeout over 55 seconds may be at most ${limits.eventBytesLongRunning / 1024}KB.`,
      );
    }
    if (push.from.tree.pushes >= limits.pushesPerInvocationTree) {
      return refusal('invocationTree', 405, 'The limit on cyclic invocation has been reached.');
    }
    if (this.replaying === 0 && this.inWindowAt(this.now()) + events.length > limits.eventsPerMinute) {
      return refusal('eventsPerMinute', 429, 'Too many requests.');
    }
    return null;
  }

  /** Events accepted in the 60 s up to `at`; forgets older ones. */
  private inWindowAt(at: number): number {
    while (this.window.length > 0 && this.window[0]!.at <= at - WINDOW_MS) {
      this.inWindow -= this.window.shift()!.events;
    }
    return this.inWindow;
  }
}
