import type { PortalSurvey } from '../../contract/survey';
import type { ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketStore } from '../ports/ticket-store';
import { authorizeRequestViewer } from './authorize-request-viewer';
import { toPortalSurvey } from './portal-survey';

export interface PortalViewer {
  requestKey: string;
  accountId: string;
  /** The locale the portal is shown in, when the platform says; else the account's own. */
  locale: string | null;
}

export async function readPortalSurvey(
  deps: { tickets: TicketStore; settings: SettingsStore; desk: ServiceDesk; now: () => Date },
  viewer: PortalViewer,
): Promise<PortalSurvey> {
  const request = await authorizeRequestViewer(deps.desk, viewer.requestKey, viewer.accountId);
  const [settings, { ticket }] = await Promise.all([deps.settings.get(), deps.tickets.load(request.issueId)]);
  const locale = viewer.locale ?? (await deps.desk.userProfile(viewer.accountId))?.locale ?? null;
  return toPortalSurvey(request.key, ticket.value, settings, locale, deps.now());
}
