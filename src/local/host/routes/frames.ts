import express, { Router, type Request, type Response } from 'express';
import { forgeContext } from '../forge-context';
import { gadgetExtension } from '../extension';
import { frameSrc } from '../frames';
import type { HostState } from '../host-state';
import type { FrameSession, ProductRequestInit } from '../types';

/** Forge caps a resolver request at 500 KB; a little headroom for the envelope. */
const BODY_LIMIT = '600kb';
const MAX_CONFIG_BYTES = 64 * 1024;

class BadRequest extends Error {}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function bad(res: Response, status: number, message: string): void {
  res.status(status).json({ error: { message } });
}

/** `fetchRequestInit.headers` crosses the bridge as `[name, value][]`; a record is accepted too. */
function readHeaders(raw: unknown): Record<string, string> | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw) && !isPlainObject(raw))
    throw new BadRequest('headers must be a list of [name, value] pairs');
  const entries: unknown[] = Array.isArray(raw) ? raw : Object.entries(raw);
  const headers: Record<string, string> = {};
  for (const entry of entries) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') {
      throw new BadRequest('headers must be a list of [name, value] pairs');
    }
    headers[entry[0].toLowerCase()] = entry[1];
  }
  return headers;
}

function readProductRequest(body: unknown): { restPath: string; init: ProductRequestInit } {
  if (!isPlainObject(body)) throw new BadRequest('Expected a JSON object');
  const { product, restPath, fetchRequestInit } = body;
  if (product !== undefined && product !== 'jira')
    throw new BadRequest(`This site is Jira; it cannot answer ${String(product)} requests`);
  if (typeof restPath !== 'string' || !restPath.startsWith('/'))
    throw new BadRequest('restPath must be a path starting with /');
  const init = fetchRequestInit === undefined || fetchRequestInit === null ? {} : fetchRequestInit;
  if (!isPlainObject(init)) throw new BadRequest('fetchRequestInit must be an object');
  if (init.method !== undefined && typeof init.method !== 'string')
    throw new BadRequest('method must be a string');
  if (init.body !== undefined && init.body !== null && typeof init.body !== 'string')
    throw new BadRequest('body must be a string');
  const headers = readHeaders(init.headers);
  return {
    restPath,
    init: {
      ...(typeof init.method === 'string' ? { method: init.method.toUpperCase() } : {}),
      ...(headers ? { headers } : {}),
      ...(typeof init.body === 'string' ? { body: init.body } : {}),
    },
  };
}

/**
 * The bridge's server side. The host page forwards each frame call here with the frame's token;
 * the session behind the token — never the request body — says which module, viewer and
 * extension the call runs with.
 */
export function frameRoutes(state: HostState): Router {
  const { deps, sessions, dashboard } = state;
  const router = Router();
  const json = express.json({ limit: BODY_LIMIT });

  const sessionOf = (req: Request<{ token: string }>, res: Response): FrameSession | undefined => {
    const session = sessions.get(req.params.token);
    if (!session) bad(res, 404, 'This frame has expired or never existed: reload the page.');
    return session;
  };

  router.get('/_host/frames/:token/context', (req, res) => {
    const session = sessionOf(req, res);
    if (session) res.set('Cache-Control', 'no-store').json(forgeContext(session, state.contextSite(req)));
  });

  router.post('/_host/frames/:token/invoke', json, async (req, res) => {
    const session = sessionOf(req, res);
    if (!session) return;
    const body: unknown = req.body;
    if (!isPlainObject(body)) return bad(res, 400, 'Expected a JSON object { functionKey, payload }');
    const { functionKey, payload } = body;
    if (typeof functionKey !== 'string' || functionKey === '' || functionKey.length > 255) {
      return bad(res, 400, 'functionKey must be a non-empty string');
    }
    if (payload !== undefined && payload !== null && !isPlainObject(payload)) {
      return bad(res, 400, 'payload must be an object');
    }
    try {
      const value = await deps.invokeResolver(session, functionKey, payload ?? {});
      res.json({ value: value ?? null });
    } catch (error) {
      bad(
        res,
        500,
        `There was an error invoking the function - ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  });

  router.post('/_host/frames/:token/product', json, async (req, res) => {
    const session = sessionOf(req, res);
    if (!session) return;
    let request: ReturnType<typeof readProductRequest>;
    try {
      request = readProductRequest(req.body);
    } catch (error) {
      if (error instanceof BadRequest) return bad(res, 400, error.message);
      throw error;
    }
    try {
      const answer = await deps.fetchProduct(session, request.restPath, request.init);
      res.json({
        status: answer.status,
        statusText: answer.statusText,
        headers: answer.headers,
        body: answer.body,
      });
    } catch (error) {
      bad(res, 502, `The product request failed - ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  /**
   * `view.submit(payload)`. Only a gadget's edit view is submittable: the configuration is saved
   * for that gadget, and the answer carries a fresh frame for its view.
   */
  router.post('/_host/frames/:token/submit', json, (req, res) => {
    const session = sessionOf(req, res);
    if (!session) return;
    if (session.moduleType !== 'jira:dashboardGadget' || session.entryPoint !== 'edit') {
      return void res.json({ submitted: false });
    }
    const payload: unknown = isPlainObject(req.body) ? req.body.payload : undefined;
    if (!isPlainObject(payload)) return bad(res, 400, 'A gadget configuration must be an object');
    if (Buffer.byteLength(JSON.stringify(payload)) > MAX_CONFIG_BYTES) {
      return bad(res, 400, 'A gadget configuration must stay under 64 KB');
    }
    const module = deps.modules.find((candidate) => candidate.key === session.moduleKey);
    const gadget = dashboard.configure(session.localId, payload);
    if (!module || !gadget) return bad(res, 404, 'This gadget is no longer on the dashboard');
    const { token: _previous, entryPoint: _edit, ...rest } = session;
    const view = sessions.create({
      ...rest,
      resource: module.resource,
      extension: gadgetExtension(module, gadget, dashboard.dashboardId, false),
    });
    res.json({ submitted: true, frame: { token: view.token, src: frameSrc(view) } });
  });

  return router;
}
