import { Router } from 'express';
import type { HostState } from '../host-state';
import { themeCss } from '../theme';

export function assetRoutes({ assets }: HostState): Router {
  const router = Router();
  const send = (type: string, body: () => string) => (_req: unknown, res: import('express').Response) => {
    res.type(type).set('Cache-Control', 'no-cache').send(body());
  };
  router.get('/_host/theme.css', send('text/css', themeCss));
  router.get(
    '/_host/host.css',
    send('text/css', () => assets.hostCss),
  );
  router.get(
    '/_host/host.js',
    send('text/javascript', () => assets.hostClient),
  );
  // Browsers ask for it on every page; the host has none.
  router.get('/favicon.ico', (_req, res) => void res.status(204).end());
  return router;
}
