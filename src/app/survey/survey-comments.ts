import { fillPlaceholders } from '../../domain/i18n/fill-placeholders';
import { availableLocales, messagesFor } from '../../domain/i18n/messages-for';
import { pickLocale } from '../../domain/i18n/pick-locale';
import type { SurveySettings } from '../../domain/settings/survey-settings';
import type { ServiceDesk } from '../ports/service-desk';

/**
 * The invitation or reminder comment for a request, in its reporter's language (English when the
 * reporter's language has no wording), with the link to the request's portal page where the
 * survey is answered.
 */
export async function surveyComment(
  desk: ServiceDesk,
  settings: SurveySettings,
  requestKey: string,
  kind: 'invitation' | 'reminder',
): Promise<string | null> {
  const request = await desk.getRequest(requestKey);
  if (!request) return null;
  const profile = await desk.userProfile(request.reporterAccountId);
  const locale = pickLocale(profile?.locale ?? null, availableLocales(settings.wording));
  return fillPlaceholders(messagesFor(locale, settings.wording)[kind], { link: request.portalUrl });
}
