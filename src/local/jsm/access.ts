import type { Desk, RequestRecord, UserRecord } from './model';
import type { Caller } from '../platform/forge-fetch';
import type { SiteStore } from './site-store';

/** Who a REST call is made as: the app itself (`asApp()`) or a user (`asUser()`). */
export type { Caller };

/** A caller resolved against the site: the app's own account, or a known user. */
export type Viewer = { kind: 'app'; user: UserRecord } | { kind: 'user'; user: UserRecord };

export function resolveViewer(store: SiteStore, caller: Caller): Viewer | undefined {
  const accountId = caller.as === 'app' ? store.data.appAccountId : caller.accountId;
  const user = store.user(accountId);
  if (!user) return undefined;
  return caller.as === 'app' ? { kind: 'app', user } : { kind: 'user', user };
}

/**
 * JSM's default permission scheme: agents browse the projects of the desks they serve (site admins
 * browse all); customers get "portal access" to the desks their organization is linked to. The app
 * has the site-wide scopes it was granted and sees everything.
 */
export function canBrowseDesk(viewer: Viewer, desk: Desk, store: SiteStore): boolean {
  if (viewer.kind === 'app') return true;
  const { user } = viewer;
  if (user.accountType === 'atlassian') return user.admin === true || isAgentOf(user, desk);
  if (user.accountType === 'customer') {
    const organization = store.data.organizations.find((org) => org.id === user.organizationId);
    return organization?.serviceDeskIds.includes(desk.serviceDeskId) ?? false;
  }
  return false;
}

/** Issue-level security on top: a customer sees only requests they raised or take part in. */
export function canSeeRequest(viewer: Viewer, request: RequestRecord, store: SiteStore): boolean {
  if (viewer.kind === 'app') return true;
  const { user } = viewer;
  if (user.accountType === 'customer') {
    return request.reporterId === user.accountId || request.participantIds.includes(user.accountId);
  }
  return canBrowseDesk(viewer, store.deskOf(request), store);
}

/** Internal comments are for the desk's agents (and the app), never for customers. */
export function canSeeInternal(viewer: Viewer, request: RequestRecord, store: SiteStore): boolean {
  if (viewer.kind === 'app') return true;
  return viewer.user.accountType === 'atlassian' && canBrowseDesk(viewer, store.deskOf(request), store);
}

function isAgentOf(user: UserRecord, desk: Desk): boolean {
  return user.serviceDeskIds?.includes(desk.serviceDeskId) ?? false;
}
