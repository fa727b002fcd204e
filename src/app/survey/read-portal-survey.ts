import type { PortalSurvey } from '../../contract/survey';
import type { ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketStore } from '../ports/ticket-store';
import { authorizeRequestViewer } from './authorize-request-viewer';
import { toPortalSurvey } from './portal-survey';

export interface PortalViewer {
  requestKey: string;
  accountId: string;
}

/**
 * The customer's language, as their Jira profile says. Forge gives a resolver no locale
 * (https://developer.atlassian.com/platform/forge/runtime-reference/forge-resolver/), and a profile
 * may hide it (`null` under the user's privacy settings): then the default wording is used.
 */
export async function customerLocale(desk: ServiceDesk, accountId: string): Promise<string | null> {
  return (await desk.userProfile(accountId))?.locale ?? null;
}

export async function readPortalSurvey(
  deps: { tickets: TicketStore; settings: SettingsStore; desk: ServiceDesk; now: () => Date },
  viewer: PortalViewer,
): Promise<PortalSurvey> {
  const request = await authorizeRequestViewer(deps.desk, viewer.requestKey, viewer.accountId);
  const [settings, { ticket }, locale] = await Promise.all([
    deps.settings.get(),
    deps.tickets.load(request.issueId),
    customerLocale(deps.desk, viewer.accountId),
  ]);
  return toPortalSurvey(request.key, ticket.value, settings, locale, deps.now());
}
