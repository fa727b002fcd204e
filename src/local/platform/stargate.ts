import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { StargateBackend } from './forge-fetch';
import { answerReport, type LocalAccounts } from './personal-data';

/**
 * The platform services behind `remote: 'stargate'`: queue pushes from `@forge/events` and the
 * personal-data report of `@forge/api`'s `privacy`. Delivery itself is the runtime's business;
 * this only parses the wire format and answers as the platform does.
 */
const pushSchema = z.object({
  queueName: z.string(),
  jobId: z.string(),
  payload: z.array(
    z.object({
      body: z.unknown(),
      delayInSeconds: z.number().min(0).max(900).optional(),
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
}

export interface StargateHandlers {
  enqueue(events: QueuedEvent[]): void;
  /** The site's accounts as the personal-data report sees them. */
  accounts: LocalAccounts;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export function createStargate(handlers: StargateHandlers): StargateBackend {
  return {
    async fetch(path, init) {
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      if (path.startsWith('/webhook/queue/publish/')) {
        const push = pushSchema.safeParse(body);
        if (!push.success) return json(400, { errorMessage: push.error.message });
        handlers.enqueue(
          push.data.payload.map((event) => ({
            queueName: push.data.queueName,
            jobId: push.data.jobId,
            eventId: randomUUID(),
            body: event.body,
            delayInSeconds: event.delayInSeconds ?? 0,
            concurrencyKey: event.concurrency?.key,
          })),
        );
        return json(201, {});
      }
      if (path === '/app/report-accounts') return answerReport(body, handlers.accounts);
      return json(404, { message: `No platform service at ${path}` });
    },
  };
}
