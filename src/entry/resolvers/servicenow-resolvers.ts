import {
  readServiceNow,
  saveServiceNow,
  syncServiceNowNow,
  testServiceNow,
} from '../../app/servicenow/connection-admin';
import type { ResolverKey } from '../../contract/resolvers';
import { serviceNowDeps } from '../servicenow-deps';
import { respond } from './respond';

type Define = (
  key: ResolverKey,
  handler: (request: { context: unknown; payload: unknown }) => unknown,
) => void;

/** The admin page's ServiceNow section: Jira administrators only (checked in the use cases). */
export function defineServiceNowResolvers(define: Define): void {
  define('getServiceNow', () => respond(() => readServiceNow(serviceNowDeps())));
  define('testServiceNow', ({ payload }) => respond(() => testServiceNow(serviceNowDeps(), payload)));
  define('saveServiceNow', ({ payload }) => respond(() => saveServiceNow(serviceNowDeps(), payload)));
  define('syncServiceNow', () => respond(() => syncServiceNowNow(serviceNowDeps())));
}
