import type { Request } from 'express';
import { LOCAL_CLOUD_ID } from '../platform/runtime';
import { LOCAL_ENVIRONMENT_ID, type ContextSite } from './forge-context';
import { DashboardStore } from './dashboard-store';
import { FrameSessions } from './sessions';
import type { HostAssets } from './host-assets';
import { siteView, type SiteView } from './site-view';
import type { HostDeps } from './types';

/** What the host's routes share: the dependencies, the frame sessions and the dashboard. */
export interface HostState {
  deps: HostDeps;
  site: SiteView;
  sessions: FrameSessions;
  dashboard: DashboardStore;
  assets: HostAssets;
  contextSite(req: Request): ContextSite;
}

export function createHostState(deps: HostDeps, assets: HostAssets): HostState {
  return {
    deps,
    site: siteView(deps.site),
    sessions: new FrameSessions(),
    dashboard: new DashboardStore(deps.dataDir),
    assets,
    contextSite: (req) => ({
      cloudId: deps.cloudId ?? LOCAL_CLOUD_ID,
      environmentId: deps.environmentId ?? LOCAL_ENVIRONMENT_ID,
      siteUrl: `${req.protocol}://${req.get('host') ?? 'localhost'}`,
    }),
  };
}
