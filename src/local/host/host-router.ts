import { Router, type NextFunction, type Request, type Response } from 'express';
import { loadAssets } from './host-assets';
import { createHostState } from './host-state';
import { errorPage } from './pages/layout';
import { appRoutes } from './routes/apps';
import { assetRoutes } from './routes/assets';
import { frameRoutes } from './routes/frames';
import { pageRoutes } from './routes/pages';
import { portalHomeRoutes } from './routes/portal-home';
import type { HostDeps } from './types';

/**
 * The host side of the local runtime, mounted at `/`: pages that frame each Custom UI app the way
 * Jira and the JSM portal do, the app bundles with the bridge injected, and the bridge's server
 * side (`/_host/frames/:token/*`), which answers from per-frame sessions kept here.
 */
export function createHostRouter(deps: HostDeps): Router {
  const state = createHostState(deps, loadAssets());
  const router = Router();
  router.use(assetRoutes(state));
  router.use(appRoutes(state));
  router.use(frameRoutes(state));
  router.use(pageRoutes(state));
  router.use(portalHomeRoutes(state));
  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: number }).status ?? 500;
    const message =
      status < 500 && error instanceof Error ? error.message : 'The host could not answer this request.';
    if (status >= 500) console.error(`host: ${req.method} ${req.originalUrl} failed`, error);
    if (req.path.startsWith('/_host/')) res.status(status).json({ error: { message } });
    else res.status(status).type('html').send(errorPage(status, message));
  });
  return router;
}
