import type { PortalSurvey } from '../../contract/survey';
import { parseCustomerResponse } from '../../domain/survey/customer-response';
import { currentSurvey } from '../../domain/ticket/ticket-state';
import { AppError } from '../errors';
import type { RollupQueue } from '../ports/rollup-queue';
import type { ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketStore } from '../ports/ticket-store';
import { authorizeRequestViewer } from './authorize-request-viewer';
import { toPortalSurvey } from './portal-survey';
import { recordAnswer } from './record-answer';
import { customerLocale, type PortalViewer } from './read-portal-survey';

/**
 * Stores a customer's answer from the portal once. Checks, in order: the viewer may answer
 * (reporter or participant), the answer is valid, then the rules every answer path shares
 * (`recordAnswer`): the survey is open and the first answer stands.
 */
export async function submitSurvey(
  deps: {
    tickets: TicketStore;
    settings: SettingsStore;
    desk: ServiceDesk;
    rollups: RollupQueue;
    now: () => Date;
  },
  viewer: PortalViewer,
  payload: unknown,
): Promise<PortalSurvey> {
  const request = await authorizeRequestViewer(deps.desk, viewer.requestKey, viewer.accountId);
  const parsed = parseCustomerResponse(payload);
  if (!parsed.ok)
    throw new AppError('INVALID_INPUT', parsed.errors.map((error) => error.message).join(' '), parsed.errors);
  const settings = await deps.settings.get();
  const saved = await recordAnswer(deps, settings, {
    issueId: request.issueId,
    requestKey: request.key,
    respondent: viewer.accountId,
    response: parsed.response,
    via: 'portal',
    pick: currentSurvey,
  });
  const locale = await customerLocale(deps.desk, viewer.accountId);
  return toPortalSurvey(request.key, saved.ticket, settings, locale, deps.now());
}
