import express, { type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { ItemFaultRule } from '../kvs';
import type { Clock } from '../platform/clock';
import type { LocalForge } from '../platform/runtime';

/** What the control API drives: the runtime, its clock, its store and the simulated site. */
export interface ControlDeps {
  runtime: LocalForge;
  clock: Clock;
  kvs: {
    stats(): unknown;
    resetStats(): void;
    setLatency(ms: number): void;
    itemFaults: { add(rule: ItemFaultRule): void; clear(): void };
  };
  site: {
    resolve(key: string, options?: { by?: string; resolution?: string }): { eventType: string };
    reopen(key: string, options?: { by?: string }): { eventType: string };
    comment(key: string, options?: { by?: string; body?: string; public?: boolean }): { eventType: string };
    renameUser(accountId: string, displayName: string): void;
    tasks(): unknown[];
    faults: { add(fault: never): unknown; clear(): void };
  };
}

const deliverySchema = z
  .object({
    by: z.string().optional(),
    resolution: z.string().optional(),
    duplicates: z.number().int().min(0).max(10).optional(),
    delaySeconds: z.number().min(0).max(86_400).optional(),
    /** The change happens on the site but the platform never delivers its event (all retries spent). */
    dropped: z.boolean().optional(),
  })
  .strict();

const profileSchema = z.object({ displayName: z.string().min(1).max(255) }).strict();

const itemFaultSchema = z
  .object({
    operation: z.enum(['batch/get', 'batch/set', 'batch/delete']).optional(),
    keyPattern: z.string().optional(),
    code: z.string().min(1).max(100).optional(),
    message: z.string().max(500).optional(),
    times: z.number().int().min(1).optional(),
    timesEach: z.number().int().min(1).optional(),
  })
  .strict();

const faultSchema = z
  .object({
    pathPattern: z.string().optional(),
    status: z.number().int().min(400).max(599),
    retryAfterSeconds: z.number().min(0).optional(),
    times: z.number().int().min(1).optional(),
    untilSeconds: z.number().min(0).optional(),
  })
  .strict();

class BadRequest extends Error {}

function pattern(source: string): RegExp {
  try {
    return new RegExp(source);
  } catch (error) {
    throw new BadRequest(`keyPattern is not a regular expression: ${(error as Error).message}`);
  }
}

function body<T>(schema: z.ZodType<T>, req: Request): T {
  const parsed = schema.safeParse(req.body ?? {});
  if (!parsed.success) throw new BadRequest(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}

/**
 * `/_local/*`: a small API for scripts, tests and demos. Each call answers JSON; bad input is a
 * 400 with a one-line reason, an unknown request a 404, and nothing changes on either.
 */
export function createControlApi(deps: ControlDeps): express.Router {
  const router = express.Router();
  router.use(express.json({ limit: '1mb' }));

  const resolveOrReopen = (kind: 'resolve' | 'reopen') => async (req: Request, res: Response) => {
    const options = body(deliverySchema, req);
    const key = String(req.params.key);
    const event =
      kind === 'resolve'
        ? deps.site.resolve(key, { by: options.by, resolution: options.resolution })
        : deps.site.reopen(key, { by: options.by });
    if (options.dropped) {
      res.json({ delivered: 'never', event });
      return;
    }
    await deps.runtime.deliverProductEvent(event, {
      duplicates: options.duplicates,
      delaySeconds: options.delaySeconds,
    });
    res.json({ delivered: options.delaySeconds ? 'scheduled' : 'now', event });
  };

  router.post('/requests/:key/resolve', wrap(resolveOrReopen('resolve')));
  router.post('/requests/:key/reopen', wrap(resolveOrReopen('reopen')));

  router.post(
    '/requests/:key/comment',
    wrap(async (req, res) => {
      const options = body(
        z
          .object({
            by: z.string().optional(),
            body: z.string().max(5000).optional(),
            public: z.boolean().optional(),
          })
          .strict(),
        req,
      );
      const event = deps.site.comment(String(req.params.key), options);
      await deps.runtime.deliverProductEvent(event);
      res.json({ event });
    }),
  );

  // Each web trigger module's URL, as `forge webtrigger` prints it for an installation.
  router.get('/webtriggers', (_req, res) => {
    res.json(deps.runtime.webTriggers.list());
  });

  router.get('/clock', (_req, res) => {
    res.json({
      now: deps.clock.date().toISOString(),
      mode: deps.clock.mode,
      pendingTimers: deps.clock.pending(),
    });
  });
  router.post(
    '/clock/advance',
    wrap(async (req, res) => {
      const { seconds } = body(
        z
          .object({
            seconds: z
              .number()
              .min(0)
              .max(366 * 86_400),
          })
          .strict(),
        req,
      );
      await deps.clock.advance(seconds);
      await deps.runtime.idle();
      res.json({ now: deps.clock.date().toISOString() });
    }),
  );

  router.get('/kvs/stats', (_req, res) => {
    res.json(deps.kvs.stats());
  });
  router.post('/kvs/stats/reset', (_req, res) => {
    deps.kvs.resetStats();
    res.json(deps.kvs.stats());
  });
  router.post(
    '/kvs/latency',
    wrap(async (req, res) => {
      const { ms } = body(z.object({ ms: z.number().min(0).max(10_000) }).strict(), req);
      deps.kvs.setLatency(ms);
      res.json({ ms });
    }),
  );

  // Batch items of the app's storage that fail while the rest of the call succeeds.
  router.post(
    '/kvs/faults',
    wrap(async (req, res) => {
      const fault = body(itemFaultSchema, req);
      const { keyPattern, ...rest } = fault;
      deps.kvs.itemFaults.add({
        ...rest,
        ...(keyPattern !== undefined ? { keyPattern: pattern(keyPattern) } : {}),
      });
      res.status(201).json(fault);
    }),
  );
  router.delete('/kvs/faults', (_req, res) => {
    deps.kvs.itemFaults.clear();
    res.status(204).end();
  });

  router.post(
    '/faults',
    wrap(async (req, res) => {
      const fault = body(faultSchema, req);
      deps.site.faults.add({
        ...(fault.pathPattern ? { pathPattern: new RegExp(fault.pathPattern) } : {}),
        status: fault.status,
        retryAfterSeconds: fault.retryAfterSeconds,
        times: fault.times,
        ...(fault.untilSeconds ? { until: new Date(deps.clock.now() + fault.untilSeconds * 1000) } : {}),
      } as never);
      res.status(201).json(fault);
    }),
  );
  router.delete('/faults', (_req, res) => {
    deps.site.faults.clear();
    res.status(204).end();
  });

  router.post(
    '/scheduled/:key/run',
    wrap(async (req, res) => {
      await deps.runtime.runScheduled(String(req.params.key));
      res.json({ ran: req.params.key });
    }),
  );
  router.post('/accounts/:accountId/close', (req, res) => {
    deps.runtime.closedAccounts.add(String(req.params.accountId));
    res.json({ closed: req.params.accountId });
  });
  // The person changes their display name: Jira shows the new one at once, and the next
  // personal-data report answers `updated` for the account.
  router.post(
    '/accounts/:accountId/profile',
    wrap(async (req, res) => {
      const { displayName } = body(profileSchema, req);
      const accountId = String(req.params.accountId);
      deps.site.renameUser(accountId, displayName);
      deps.runtime.accounts.profileChanged(accountId, deps.clock.now());
      res.json({ accountId, displayName });
    }),
  );
  // The plain issues the app created on the site (its review tasks), for scripts and tests.
  router.get('/tasks', (_req, res) => {
    res.json({ tasks: deps.site.tasks() });
  });

  router.get('/invocations', (_req, res) => {
    res.json(deps.runtime.log.recent(100));
  });

  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const message = error instanceof Error ? error.message : String(error);
    const status = error instanceof BadRequest ? 400 : statusOf(error);
    res.status(status).json({ error: message });
  });
  return router;
}

/** Errors from the simulated site carry a code; unknown requests are 404s, wrong states 409s. */
function statusOf(error: unknown): number {
  const code = (error as { code?: string }).code;
  if (code === 'NOT_FOUND' || code === 'UNKNOWN_USER') return 404;
  if (code === 'ALREADY_RESOLVED' || code === 'NOT_RESOLVED') return 409;
  if (code === 'UNKNOWN_RESOLUTION') return 400;
  return 500;
}

const wrap =
  (handler: (req: Request, res: Response) => Promise<void>) =>
  (req: Request, res: Response, next: NextFunction) =>
    handler(req, res).catch(next);
