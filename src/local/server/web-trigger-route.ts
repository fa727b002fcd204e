import express from 'express';
import type { LocalForge } from '../platform/runtime';
import { WEB_TRIGGER_PAYLOAD_BYTES, type WebTriggerRequest } from '../platform/web-triggers';

/** Header and query values as Forge hands them to the function: always a list of strings. */
function lists(record: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(record)) {
    if (value === undefined) continue;
    out[name] = (Array.isArray(value) ? value : [value]).map(String);
  }
  return out;
}

/**
 * `/x1/<id>[/<more>]`: a web trigger URL as the platform serves it. The body is read as text (up
 * to one byte past the payload limit, so an oversized request is refused by the runtime with
 * Forge's limit), the request handed to `LocalForge.invokeWebTrigger`, and its answer sent as is.
 */
export function webTriggerRoute(runtime: LocalForge): express.Router {
  const router = express.Router();
  router.use(express.text({ type: () => true, limit: WEB_TRIGGER_PAYLOAD_BYTES + 1 }));
  router.all(/^\/([^/]+)(\/.*)?$/, (req, res, next) => {
    const params = req.params as unknown as Record<string, string | undefined>;
    const id = params[0] ?? '';
    const query = new URL(req.originalUrl, 'http://local').searchParams;
    const queryParameters: Record<string, string[]> = {};
    for (const [name, value] of query) (queryParameters[name] ??= []).push(value);
    const request: WebTriggerRequest = {
      method: req.method,
      path: req.originalUrl.split('?')[0] ?? '',
      userPath: params[1] ?? '',
      headers: lists(req.headers),
      queryParameters,
      ...(typeof req.body === 'string' && req.body.length > 0 ? { body: req.body } : {}),
    };
    runtime
      .invokeWebTrigger(id, request)
      .then((answer) => {
        res.status(answer.status);
        // One value as a string: Express reads Content-Type only then, and would send text/html.
        for (const [name, values] of Object.entries(answer.headers))
          res.setHeader(name, values.length === 1 ? values[0]! : values);
        res.send(answer.body);
      })
      .catch(next);
  });
  router.use(((error, _req, res, _next) => {
    // express.text refuses a body past its limit before the runtime sees it: Forge's 413.
    const status = (error as { status?: number }).status === 413 ? 413 : 500;
    res
      .status(status)
      .type('text/plain')
      .send(status === 413 ? 'The request is too large.' : 'Error');
  }) as express.ErrorRequestHandler);
  return router;
}
