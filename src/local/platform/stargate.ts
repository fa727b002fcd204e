import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { StargateBackend } from './forge-fetch';

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

const reportSchema = z.object({
  accounts: z.array(z.object({ accountId: z.string(), updatedAt: z.string() })).max(90),
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
  /** Accounts closed on the site, for the personal-data report. */
  isClosed(accountId: string): boolean;
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
      if (path === '/app/report-accounts') {
        const report = reportSchema.safeParse(body);
        if (!report.success) return json(400, { message: report.error.message });
        const closed = report.data.accounts.filter((account) => handlers.isClosed(account.accountId));
        if (closed.length === 0) return new Response(null, { status: 204 });
        return json(200, { accounts: closed.map(({ accountId }) => ({ accountId, status: 'closed' })) });
      }
      return json(404, { message: `No platform service at ${path}` });
    },
  };
}
