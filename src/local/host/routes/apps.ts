import { Router, type Response } from 'express';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { injectBridge } from '../host-assets';
import type { HostState } from '../host-state';

/**
 * Forge frames a resource on its own origin with `allow-same-origin`
 * (https://developer.atlassian.com/platform/forge/custom-ui/iframe), so the app's ES modules and
 * the chunks it imports later are same-origin loads there. This host frames apps on its own
 * origin and so keeps them opaque (no `allow-same-origin`), where a module script is a CORS load:
 * the assets say any origin may load them, as the same modules load under Forge.
 */
const ASSET_HEADERS = { 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' };

/**
 * Serves each resource's build folder, as Forge serves `resources[].path`. The index page gets the
 * bridge script injected before anything else; assets are served as built.
 */
export function appRoutes({ deps, assets }: HostState): Router {
  const router = Router();
  const resources = new Set(
    deps.modules.flatMap((module) => [module.resource, module.editResource ?? module.resource]),
  );
  const buildDir = (resource: string) => join(deps.staticDir, resource, 'build');

  const sendIndex = async (resource: string, res: Response) => {
    let document: string;
    try {
      document = await readFile(join(buildDir(resource), 'index.html'), 'utf8');
    } catch {
      res
        .status(404)
        .type('text/plain')
        .send(`static/${resource}/build/index.html is missing: run \`npm run build:static\`.`);
      return;
    }
    res.type('html').set('Cache-Control', 'no-store').send(injectBridge(document, assets.frameBridge));
  };

  // Express matches `/apps/x` and `/apps/x/` alike; the page needs the slash for its relative assets.
  router.get('/apps/:resource', async (req, res) => {
    if (!resources.has(req.params.resource)) return void res.sendStatus(404);
    if (!req.path.endsWith('/'))
      return res.redirect(308, `/apps/${encodeURIComponent(req.params.resource)}/`);
    await sendIndex(req.params.resource, res);
  });
  router.get('/apps/:resource/*file', async (req, res) => {
    const { resource } = req.params;
    const file = ([] as string[]).concat(req.params.file).join('/');
    if (!resources.has(resource)) return void res.sendStatus(404);
    if (file === 'index.html') return sendIndex(resource, res);
    res.sendFile(file, { root: buildDir(resource), dotfiles: 'deny', headers: ASSET_HEADERS }, (error) => {
      if (error && !res.headersSent) res.sendStatus((error as { status?: number }).status ?? 404);
    });
  });
  return router;
}
