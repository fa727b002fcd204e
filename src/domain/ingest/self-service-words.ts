import { BUILT_IN_LOCALES, type BuiltInLocale } from '../i18n/locale';
import { pickLocale } from '../i18n/pick-locale';

/** The portal footer's self-service question, in one language. */
export interface SelfServiceWords {
  question: string;
  yes: string;
  no: string;
  dismiss: string;
  thanks: string;
}

export const SELF_SERVICE_WORDS: Readonly<Record<BuiltInLocale, SelfServiceWords>> = {
  en: {
    question: 'Did you find what you needed?',
    yes: 'Yes',
    no: 'No',
    dismiss: 'Close',
    thanks: 'Thank you.',
  },
  de: {
    question: 'Haben Sie gefunden, was Sie gesucht haben?',
    yes: 'Ja',
    no: 'Nein',
    dismiss: 'Schließen',
    thanks: 'Vielen Dank.',
  },
  fr: {
    question: 'Avez-vous trouvé ce que vous cherchiez ?',
    yes: 'Oui',
    no: 'Non',
    dismiss: 'Fermer',
    thanks: 'Merci.',
  },
  es: {
    question: '¿Ha encontrado lo que necesitaba?',
    yes: 'Sí',
    no: 'No',
    dismiss: 'Cerrar',
    thanks: 'Gracias.',
  },
  ja: {
    question: '必要な情報は見つかりましたか?',
    yes: 'はい',
    no: 'いいえ',
    dismiss: '閉じる',
    thanks: 'ありがとうございました。',
  },
};

/**
 * The question's words in the customer's language (English when it has none or is unknown).
 *
 * @example selfServiceWords('ja_JP').yes //=> 'はい'
 */
export function selfServiceWords(locale: string | null | undefined): SelfServiceWords {
  return SELF_SERVICE_WORDS[pickLocale(locale, BUILT_IN_LOCALES) as BuiltInLocale];
}
