import type { Account } from './acl';
import type { OAuthClient } from './auth';

/**
 * The simulated instance's accounts: the connector's service account with read roles (`itil`,
 * `survey_reader` [28][66]), an admin, and a user with no roles (every table answers 403).
 * Local demo credentials only; a real instance's come from its admin.
 */
export const DEMO_ACCOUNTS: Account[] = [
  { userName: 'cx.metrics', password: 'cx-metrics-demo', roles: ['itil', 'survey_reader'] },
  { userName: 'admin', password: 'admin', roles: ['admin'] },
  { userName: 'no.roles', password: 'no-roles', roles: [] },
];

/** An OAuth client whose client-credentials calls run as the service account. */
export const DEMO_CLIENT: OAuthClient = {
  clientId: 'cx-metrics-client',
  clientSecret: 'cx-metrics-secret',
  applicationUser: 'cx.metrics',
};
