export { createHostRouter } from './host-router';
export type { FrameSession, HostDeps, HostModule, ProductRequestInit, ProductResponse } from './types';
export type {
  SiteCommentRecord,
  SiteDeskRecord,
  SiteRequestRecord,
  SiteRequestTypeRecord,
  SiteSource,
  SiteUser,
} from './site-view';
export { DashboardStore, DASHBOARD_FILE, type GadgetInstance } from './dashboard-store';
