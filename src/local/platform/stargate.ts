import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { rootLink, type ChainLink, type Refusal } from './async-event-limits';
import type { StargateBackend } from './forge-fetch';
import { answerReport, type LocalAccounts } from './personal-data';
import { currentScope } from './invocation';

/**
 * The platform services behind `remote: 'stargate'`: queue pushes from `@forge/events` and the
 * personal-data report of `@forge/api`'s `privacy`. Delivery itself is the runtime's business;
 * this only parses the wire format and answers as the platform does: a push past one of Forge's
 * async-event limits is refused with the platform's status (see async-event-limits.ts).
 */
const pushSchema = z.object({
  queueName: z.string(),
  jobId: z.string(),
  payload: z.array(
    z.object({
      body: z.unknown(),
      // Its range is one of the limits, refused with the platform's answer (async-event-limits.ts).
      delayInSeconds: z.number().optional(),
      concurrency: z.object({ key: z.string(), limit: z.number() }).optional(),
    }),
  ),
});

export interface QueuedEvent {
  queueName: string;
  jobId: string;
  eventId: string;
  body: unknown;
  delayInSeconds: number;
  /** Events with the same key are consumed one at a time (Forge allows up to `limit`; we use 1). */
  concurrencyKey?: string;
  /** The invocation tree of the push, one push further along (its consumer pushes at `depth`). */
  chain: ChainLink;
}

export interface StargateHandlers {
  /** Checks a push against the limits (and counts it when accepted); `null` admits it. */
  admit(push: { queueName: string; events: unknown[]; from: ChainLink }): Refusal | null;
  enqueue(events: QueuedEvent[]): void;
  /** The site's accounts as the personal-data report sees them. */
  accounts: LocalAccounts;
  /** The URL of a web trigger module, `undefined` when the manifest does not declare it. */
  webTriggerUrl(moduleKey: string): string | undefined;
  webTriggerUrls(): Array<{ moduleKey: string; url: string }>;
}

/** The GraphQL calls `@forge/api`'s `webTrigger` makes (webTrigger.js): create a URL, list them. */
const graphqlSchema = z.object({
  query: z.string(),
  variables: z
    .object({ input: z.object({ triggerKey: z.string() }).optional() })
    .passthrough()
    .optional(),
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export function createStargate(handlers: StargateHandlers): StargateBackend {
  return {
    async fetch(path, init) {
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      if (path.startsWith('/webhook/queue/publish/')) {
        const push = pushSchema.safeParse(body);
        if (!push.success) return json(400, { errorMessage: push.error.message });
        // A push made outside any invocation (a test's or a script's) starts a tree of its own.
        const from = currentScope()?.chain ?? rootLink();
        const refused = handlers.admit({ queueName: push.data.queueName, events: push.data.payload, from });
        if (refused) return json(refused.status, refused.body);
        const chain = { tree: from.tree, depth: from.depth + 1 };
        handlers.enqueue(
          push.data.payload.map((event) => ({
            queueName: push.data.queueName,
            jobId: push.data.jobId,
            eventId: randomUUID(),
            body: event.body,
            delayInSeconds: event.delayInSeconds ?? 0,
            concurrencyKey: event.concurrency?.key,
            chain,
          })),
        );
        return json(201, {});
      }
      if (path === '/app/report-accounts') return answerReport(body, handlers.accounts);
      if (path === '/graphql') {
        const call = graphqlSchema.safeParse(body);
        if (!call.success) return json(400, { errors: [{ message: call.error.message }] });
        if (call.data.query.includes('createWebTriggerUrl')) {
          const key = call.data.variables?.input?.triggerKey ?? '';
          const url = handlers.webTriggerUrl(key);
          // An undeclared module has no URL: Forge answers an error and the SDK throws.
          if (!url)
            return json(200, {
              data: null,
              errors: [{ message: `No web trigger module ${key} in the manifest` }],
            });
          return json(200, { data: { createWebTriggerUrl: { url } } });
        }
        if (call.data.query.includes('webTriggerUrlsByAppContext')) {
          const urls = handlers
            .webTriggerUrls()
            .map(({ moduleKey, url }) => ({ triggerKey: moduleKey, url }));
          return json(200, { data: { webTriggerUrlsByAppContext: urls } });
        }
      }
      return json(404, { message: `No platform service at ${path}` });
    },
  };
}
