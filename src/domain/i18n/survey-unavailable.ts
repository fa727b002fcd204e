import { BUILT_IN_LOCALES, type BuiltInLocale } from './locale';
import { pickLocale } from './pick-locale';

/** What a customer reads when the survey cannot be shown or taken right now, whatever the cause. */
const SURVEY_UNAVAILABLE: Readonly<Record<BuiltInLocale, string>> = {
  en: 'The survey is not available right now. Please try again in a few minutes.',
  de: 'Die Umfrage ist gerade nicht verfügbar. Bitte versuchen Sie es in ein paar Minuten erneut.',
  fr: "Le questionnaire n'est pas disponible pour le moment. Veuillez réessayer dans quelques minutes.",
  es: 'La encuesta no está disponible en este momento. Vuelva a intentarlo en unos minutos.',
  ja: '現在アンケートをご利用いただけません。数分後にもう一度お試しください。',
};

/**
 * The generic "not available right now" message in the customer's language (English when the
 * language has no wording or is unknown). It names no cause: details stay in the app's logs.
 *
 * @example surveyUnavailableMessage('de_DE') //=> 'Die Umfrage ist gerade nicht verfügbar. …'
 */
export function surveyUnavailableMessage(locale: string | null): string {
  return SURVEY_UNAVAILABLE[pickLocale(locale, BUILT_IN_LOCALES) as BuiltInLocale];
}
