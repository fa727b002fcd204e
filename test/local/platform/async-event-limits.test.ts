import { __requestAtlassianAsApp } from '@forge/api';
import {
  InvalidPushSettingsError,
  InvocationLimitReachedError,
  PayloadTooBigError,
  Queue,
  RateLimitError,
  TooManyEventsError,
} from '@forge/events';
import { resolve } from 'node:path';
import { Clock } from '../../../src/local/platform/clock';
import { LocalForge } from '../../../src/local/platform/runtime';

const APP_DIR = resolve(__dirname, '..', '..', '..');
/** A queue whose consumer runs with the default timeout, and one whose consumer has 300 s. */
const SHORT = 'aggregate-rollups';
const LONG = 'history-import';

type Act = (input: unknown) => unknown;

/**
 * The local runtime applies Forge's async-event limits to every push
 * (https://developer.atlassian.com/platform/forge/limits-async-events/) and answers as the
 * platform does, so `@forge/events` throws the error it throws on Forge. The app's real manifest
 * names the queues and functions; the handlers are stand-ins that push what each case needs.
 */
describe('async-event limits in the local runtime', () => {
  let clock: Clock;
  let runtime: LocalForge;
  const acts: { resolver?: Act; consumer?: Act } = {};

  beforeEach(() => {
    clock = new Clock('manual', new Date('2026-03-02T09:00:00Z'));
    const handlers = new Proxy({} as Record<string, unknown>, {
      get: (_, name) => {
        if (name === 'resolver') return (request: unknown) => acts.resolver?.(request);
        if (name === 'rollupAggregates' || name === 'importHistory')
          return (event: unknown) => acts.consumer?.(event);
        return () => undefined; // scheduled triggers and the rest: nothing to do here
      },
    });
    runtime = new LocalForge({
      appDir: APP_DIR,
      clock,
      kvs: { fetch: () => Promise.resolve(new Response('{}')) },
      site: { fetch: () => Promise.resolve(new Response('{}')) },
      loadHandlers: () => handlers,
    }).start();
  });
  afterEach(async () => {
    delete acts.resolver;
    delete acts.consumer;
    await runtime.stop();
    clock.stop();
  });

  /** Runs `act` inside a resolver invocation (a root of its own invocation tree). */
  const inResolver = async <T>(act: () => Promise<T>): Promise<T> => {
    let out!: { ok: true; value: T } | { ok: false; error: unknown };
    acts.resolver = async () => {
      try {
        out = { ok: true, value: await act() };
      } catch (error) {
        out = { ok: false, error };
      }
    };
    await runtime.invokeResolver(
      'resolver',
      { moduleKey: 'cx-admin', accountId: 'a', accountType: 'licensed', localId: 'l', extension: {} },
      'any',
      {},
    );
    if (!out.ok) throw out.error;
    return out.value;
  };
  const events = (count: number, body: Record<string, unknown> = {}) =>
    Array.from({ length: count }, (_, index) => ({ body: { index, ...body } }));
  /** A push request as `@forge/events` sends it, without the checks the SDK makes first. */
  const rawPush = (queueName: string, payload: unknown[]) =>
    inResolver(() =>
      __requestAtlassianAsApp('/webhook/queue/publish/ari/env/app/1', {
        method: 'POST',
        body: JSON.stringify({ queueName, jobId: 'j', payload }),
        headers: { 'content-type': 'application/json' },
      }),
    );
  const kb = (size: number) => 'x'.repeat(size * 1024);

  it('takes 50 events in a push; the 51st is refused (TooManyEventsError from the SDK, 400 from the platform)', async () => {
    await expect(inResolver(() => new Queue({ key: SHORT }).push(events(50)))).resolves.toHaveProperty(
      'jobId',
    );
    await expect(inResolver(() => new Queue({ key: SHORT }).push(events(51)))).rejects.toBeInstanceOf(
      TooManyEventsError,
    );
    expect((await rawPush(SHORT, events(51))).status).toBe(400);
    expect(runtime.asyncEvents.stats()).toMatchObject({
      pushes: 1,
      events: 50,
      refused: { eventsPerPush: 1 },
    });
  });

  it('takes 200 KB in a push; more is refused with PayloadTooBigError (413 from the platform)', async () => {
    const big = [{ body: { text: kb(99) } }, { body: { text: kb(99) } }, { body: { text: kb(3) } }];
    await expect(inResolver(() => new Queue({ key: SHORT }).push(big))).rejects.toBeInstanceOf(
      PayloadTooBigError,
    );
    const raw = await rawPush(SHORT, big);
    expect([raw.status, ((await raw.json()) as { errorMessage: string }).errorMessage]).toEqual([
      413,
      'The maximum payload size is 200KB.',
    ]);
    await expect(inResolver(() => new Queue({ key: SHORT }).push(big.slice(0, 2)))).resolves.toHaveProperty(
      'jobId',
    );
  });

  it('takes at most 100 KB per event for a consumer whose timeout is over 55 s: PayloadTooBigError', async () => {
    const event = [{ body: { text: kb(101) } }];
    // The SDK lets it through (it checks only the 200 KB of the whole push); the platform refuses.
    await expect(inResolver(() => new Queue({ key: LONG }).push(event))).rejects.toBeInstanceOf(
      PayloadTooBigError,
    );
    await expect(inResolver(() => new Queue({ key: SHORT }).push(event))).resolves.toHaveProperty('jobId');
    expect(runtime.asyncEvents.stats().refused.eventSize).toBe(1);
  });

  it('delays an event by at most 900 s (InvalidPushSettingsError from the SDK, 400 from the platform)', async () => {
    await expect(
      inResolver(() => new Queue({ key: SHORT }).push([{ body: {}, delayInSeconds: 901 }])),
    ).rejects.toBeInstanceOf(InvalidPushSettingsError);
    expect((await rawPush(SHORT, [{ body: {}, delayInSeconds: 901 }])).status).toBe(400);
    await expect(
      inResolver(() => new Queue({ key: SHORT }).push([{ body: {}, delayInSeconds: 900 }])),
    ).resolves.toHaveProperty('jobId');
  });

  it('takes 500 events a minute per installation; past it RateLimitError, until the minute has passed', async () => {
    const queue = () => new Queue({ key: SHORT });
    for (let push = 0; push < 10; push += 1) await inResolver(() => queue().push(events(50)));
    await expect(inResolver(() => queue().push(events(1)))).rejects.toBeInstanceOf(RateLimitError);
    await clock.advance(59);
    await expect(inResolver(() => queue().push(events(1)))).rejects.toBeInstanceOf(RateLimitError);
    await clock.advance(1);
    await expect(inResolver(() => queue().push(events(50)))).resolves.toHaveProperty('jobId');
    expect(runtime.asyncEvents.stats()).toMatchObject({
      events: 550,
      peakEventsPerMinute: 500,
      refused: { eventsPerMinute: 2 },
    });
  });

  it('counts the pushes of every branch of a tree, and how deep its longest chain goes', async () => {
    acts.consumer = async (event) => {
      const { hop } = (event as { body: { hop: number } }).body;
      if (hop < 3)
        await new Queue({ key: SHORT }).push([{ body: { hop: hop + 1 } }, { body: { hop: hop + 1 } }]);
    };
    await inResolver(() => new Queue({ key: SHORT }).push([{ body: { hop: 1 } }]));
    await clock.advance(1);
    await runtime.idle();
    // 1 push from the resolver, 1 from the consumer of hop 1, 2 from those of hop 2.
    expect(runtime.asyncEvents.stats()).toMatchObject({
      pushes: 4,
      events: 7,
      longestChain: 3,
      mostPushesInOneTree: 4,
    });
  });

  it('takes 1,000 pushes in one invocation tree, across its consumers; the next is InvocationLimitReachedError', async () => {
    const hops: number[] = [];
    let refusedAt: { hop: number; error: unknown } | null = null;
    // Each consumer pushes the next hop a second later: slow enough for the per-minute limit.
    acts.consumer = async (event) => {
      const { hop } = (event as { body: { hop: number } }).body;
      hops.push(hop);
      try {
        await new Queue({ key: SHORT }).push([{ body: { hop: hop + 1 }, delayInSeconds: 1 }]);
      } catch (error) {
        refusedAt = { hop: hop + 1, error };
      }
    };
    await inResolver(() => new Queue({ key: SHORT }).push([{ body: { hop: 1 } }]));
    await clock.advance(1_100);
    await runtime.idle();
    expect(hops).toHaveLength(1_000);
    expect(refusedAt).toMatchObject({ hop: 1_001 });
    expect(refusedAt!.error).toBeInstanceOf(InvocationLimitReachedError);
    expect(runtime.asyncEvents.stats()).toMatchObject({
      pushes: 1_000,
      longestChain: 1_000,
      mostPushesInOneTree: 1_000,
      refused: { invocationTree: 1 },
    });
    // A new invocation is a new tree.
    acts.consumer = () => undefined;
    await expect(inResolver(() => new Queue({ key: SHORT }).push(events(1)))).resolves.toHaveProperty(
      'jobId',
    );
  });
});
