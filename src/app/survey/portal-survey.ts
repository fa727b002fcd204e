import type { PortalSurvey } from '../../contract/survey';
import { availableLocales, messagesFor } from '../../domain/i18n/messages-for';
import { pickLocale } from '../../domain/i18n/pick-locale';
import type { SurveySettings } from '../../domain/settings/survey-settings';
import { COMMENT_MAX_LENGTH } from '../../domain/survey/customer-response';
import { dueActions } from '../../domain/survey/due-actions';
import { answerOf, currentSurvey, type TicketState } from '../../domain/ticket/ticket-state';

/** What the customer sees for a ticket, in the best locale for them. */
export function toPortalSurvey(
  requestKey: string,
  ticket: TicketState | null,
  settings: SurveySettings,
  viewerLocale: string | null,
  now: Date,
): PortalSurvey {
  const locale = pickLocale(viewerLocale, availableLocales(settings.wording));
  const all = messagesFor(locale, settings.wording);
  const survey = ticket ? currentSurvey(ticket) : null;
  const stored = ticket && survey ? answerOf(ticket, survey.id) : null;
  const base = {
    requestKey,
    locale,
    messages: {
      cesQuestion: all.cesQuestion,
      cesLowLabel: all.cesLowLabel,
      cesHighLabel: all.cesHighLabel,
      csatQuestion: all.csatQuestion,
      csatLowLabel: all.csatLowLabel,
      csatHighLabel: all.csatHighLabel,
      commentPrompt: all.commentPrompt,
      submit: all.submit,
      thankYou: all.thankYou,
      expired: all.expired,
      cancelled: all.cancelled,
    },
    answer: stored
      ? { ces: stored.ces, csat: stored.csat, comment: stored.comment, answeredAt: stored.answeredAt }
      : null,
    expiresAt: survey?.expiresAt ?? null,
    commentMaxLength: COMMENT_MAX_LENGTH,
  };
  if (!survey) return { ...base, state: 'none' };
  switch (survey.state) {
    case 'answered':
      return { ...base, state: 'answered' };
    case 'cancelled':
      return { ...base, state: 'cancelled' };
    case 'expired':
      return { ...base, state: 'expired' };
    case 'skipped':
    case 'failed': // never sent: the customer was not invited
      return { ...base, state: 'none' };
    default:
      // Past its expiry the survey is closed for the customer even before the sweeper marks it.
      return { ...base, state: dueActions(survey, now).action === 'expire' ? 'expired' : 'open' };
  }
}
