import type { SiteUser } from './site-view';
import type { FrameSession } from './types';

export type PageViewer = SiteUser;

export class ViewerError extends Error {
  constructor(
    readonly status: 400 | 403 | 404,
    message: string,
  ) {
    super(message);
  }
}

/** People who can look at pages: everyone but app accounts. */
export function people(users: SiteUser[]): SiteUser[] {
  return users.filter((user) => user.accountType !== 'app');
}

export const isAgent = (user: SiteUser): boolean => user.accountType === 'atlassian';

/** Forge's `accountType` in a module's context: customers are `customer`, Jira users `licensed`. */
export const forgeAccountType = (user: SiteUser): FrameSession['accountType'] =>
  user.accountType === 'customer' ? 'customer' : 'licensed';

/**
 * The viewer a page renders for: the `?as=` account if given (it must exist), else the page's
 * default. `agentOnly` pages refuse customers, as Jira sends them to the portal instead.
 */
export function chooseViewer(
  users: SiteUser[],
  as: unknown,
  fallback: () => SiteUser | undefined,
  options: { agentOnly?: boolean } = {},
): PageViewer {
  let viewer: SiteUser | undefined;
  if (typeof as === 'string' && as !== '') {
    viewer = people(users).find((user) => user.accountId === as);
    if (!viewer) throw new ViewerError(404, `There is no account ${as} on this site.`);
  } else {
    viewer = fallback();
    if (!viewer) throw new ViewerError(404, 'This site has no account to view the page as.');
  }
  if (options.agentOnly && !isAgent(viewer)) {
    throw new ViewerError(403, `${viewer.displayName} is a customer; customers use the portal, not Jira.`);
  }
  return viewer;
}

export function firstAgent(users: SiteUser[], prefer?: (user: SiteUser) => boolean): SiteUser | undefined {
  const agents = people(users).filter(isAgent);
  return (prefer && agents.find(prefer)) ?? agents[0];
}
