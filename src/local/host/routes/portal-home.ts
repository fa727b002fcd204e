import { Router } from 'express';
import type { HostState } from '../host-state';
import { errorPage } from '../pages/layout';
import { portalHomePage } from '../pages/portal-home-page';
import { portalFooters } from '../portal-footers';
import { portalSubheaders } from '../portal-subheaders';
import { people } from '../viewer';

/** Requests looked through for the viewer's own on the portal home. */
const SCANNED = 2000;
const LISTED = 20;

/**
 * `/portal`: the help center. `?as=<accountId>` views it as that account (the first customer by
 * default); `?as=anonymous` as a visitor who is not signed in.
 */
export function portalHomeRoutes(state: HostState): Router {
  const router = Router();
  router.get('/portal', (req, res) => {
    const users = state.site.users();
    const as = typeof req.query.as === 'string' && req.query.as !== '' ? req.query.as : undefined;
    const viewer =
      as === 'anonymous'
        ? null
        : as
          ? people(users).find((user) => user.accountId === as)
          : people(users).find((user) => user.accountType === 'customer');
    if (viewer === undefined) {
      res
        .status(404)
        .type('html')
        .send(errorPage(404, `There is no account ${as ?? ''} on this site.`));
      return;
    }
    const requests = viewer
      ? state.site
          .listRequests(SCANNED)
          .filter((request) => request.reporter.accountId === viewer.accountId)
          .slice(0, LISTED)
      : [];
    res
      .type('html')
      .set('Cache-Control', 'no-store')
      .send(
        portalHomePage({
          viewer,
          users,
          requests,
          subheaders: portalSubheaders(state, viewer, { localId: 'help-center' }),
          footers: portalFooters(state, viewer, { page: 'help_center', localId: 'help-center' }),
        }),
      );
  });
  return router;
}
