import { BUILT_IN_LOCALES, type BuiltInLocale } from './locale';
import { pickLocale } from './pick-locale';

/**
 * The portal panel's own words around the survey (loading, counters, failures), as opposed to the
 * survey's wording an administrator may change. A customer reads the whole panel in one language.
 */
export interface PortalWords {
  loading: string;
  checking: string;
  nothingToRate: string;
  loadFailed: string;
  sendFailed: string;
  tryAgain: string;
  /** `{count}` is the number of characters the comment may still take. */
  charactersLeftOne: string;
  charactersLeftOther: string;
  noCharactersLeft: string;
  alreadyAnswered: string;
  /** The heading over `notAllowed`. */
  cannotAnswer: string;
  /** Why this viewer cannot answer: the survey belongs to the request's reporter and participants. */
  notAllowed: string;
  notFound: string;
}

export const PORTAL_WORDS: Readonly<Record<BuiltInLocale, PortalWords>> = {
  en: {
    loading: 'Loading…',
    checking: 'Checking the survey…',
    nothingToRate: 'Nothing to rate yet.',
    loadFailed: 'The survey could not be loaded',
    sendFailed: 'Your answer could not be sent',
    tryAgain: 'Try again',
    charactersLeftOne: '{count} character left',
    charactersLeftOther: '{count} characters left',
    noCharactersLeft: 'No characters left',
    alreadyAnswered: 'This survey has already been answered.',
    cannotAnswer: 'You cannot answer this survey',
    notAllowed:
      'Only the person who raised this request, or someone it is shared with, can answer its survey. You are signed in as someone else.',
    notFound: 'This request could not be found. It may have been moved or deleted.',
  },
  de: {
    loading: 'Wird geladen…',
    checking: 'Die Umfrage wird geprüft…',
    nothingToRate: 'Noch nichts zu bewerten.',
    loadFailed: 'Die Umfrage konnte nicht geladen werden',
    sendFailed: 'Ihre Antwort konnte nicht gesendet werden',
    tryAgain: 'Erneut versuchen',
    charactersLeftOne: 'Noch {count} Zeichen',
    charactersLeftOther: 'Noch {count} Zeichen',
    noCharactersLeft: 'Keine Zeichen mehr übrig',
    alreadyAnswered: 'Diese Umfrage wurde bereits beantwortet.',
    cannotAnswer: 'Sie können diese Umfrage nicht beantworten',
    notAllowed:
      'Nur die Person, die diese Anfrage gestellt hat, oder jemand, mit dem sie geteilt wurde, kann die Umfrage beantworten. Sie sind als jemand anderes angemeldet.',
    notFound: 'Diese Anfrage wurde nicht gefunden. Sie wurde möglicherweise verschoben oder gelöscht.',
  },
  fr: {
    loading: 'Chargement…',
    checking: 'Vérification du questionnaire…',
    nothingToRate: 'Rien à évaluer pour le moment.',
    loadFailed: "Le questionnaire n'a pas pu être chargé",
    sendFailed: "Votre réponse n'a pas pu être envoyée",
    tryAgain: 'Réessayer',
    charactersLeftOne: '{count} caractère restant',
    charactersLeftOther: '{count} caractères restants',
    noCharactersLeft: 'Plus aucun caractère disponible',
    alreadyAnswered: 'Ce questionnaire a déjà reçu une réponse.',
    cannotAnswer: 'Vous ne pouvez pas répondre à ce questionnaire',
    notAllowed:
      'Seule la personne qui a créé cette demande, ou une personne avec qui elle est partagée, peut répondre à son questionnaire. Vous êtes connecté avec un autre compte.',
    notFound: 'Cette demande est introuvable. Elle a peut-être été déplacée ou supprimée.',
  },
  es: {
    loading: 'Cargando…',
    checking: 'Comprobando la encuesta…',
    nothingToRate: 'Todavía no hay nada que valorar.',
    loadFailed: 'No se ha podido cargar la encuesta',
    sendFailed: 'No se ha podido enviar su respuesta',
    tryAgain: 'Volver a intentarlo',
    charactersLeftOne: 'Queda {count} carácter',
    charactersLeftOther: 'Quedan {count} caracteres',
    noCharactersLeft: 'No quedan caracteres',
    alreadyAnswered: 'Esta encuesta ya se ha respondido.',
    cannotAnswer: 'No puede responder a esta encuesta',
    notAllowed:
      'Solo la persona que creó esta solicitud, o alguien con quien se ha compartido, puede responder a su encuesta. Ha iniciado sesión como otra persona.',
    notFound: 'No se ha encontrado esta solicitud. Puede que se haya movido o eliminado.',
  },
  ja: {
    loading: '読み込み中…',
    checking: 'アンケートを確認しています…',
    nothingToRate: '評価できる項目はまだありません。',
    loadFailed: 'アンケートを読み込めませんでした',
    sendFailed: '回答を送信できませんでした',
    tryAgain: 'もう一度試す',
    charactersLeftOne: '残り {count} 文字',
    charactersLeftOther: '残り {count} 文字',
    noCharactersLeft: '残りの文字数はありません',
    alreadyAnswered: 'このアンケートは既に回答済みです。',
    cannotAnswer: 'このアンケートには回答できません',
    notAllowed:
      'このアンケートに回答できるのは、このリクエストを作成した方、または共有されている方のみです。別のアカウントでサインインしています。',
    notFound: 'このリクエストが見つかりませんでした。移動または削除された可能性があります。',
  },
};

/**
 * The panel's words in the customer's language (English when it has none or is unknown).
 *
 * @example portalWords('de_DE').tryAgain //=> 'Erneut versuchen'
 */
export function portalWords(locale: string | null | undefined): PortalWords {
  return PORTAL_WORDS[pickLocale(locale, BUILT_IN_LOCALES) as BuiltInLocale];
}

/**
 * "1,000 characters left", "Noch 3 Zeichen", in the customer's language and number format.
 *
 * @example charactersLeftText(1000, 'de') //=> 'Noch 1.000 Zeichen'
 */
export function charactersLeftText(left: number, locale: string | null | undefined): string {
  const words = portalWords(locale);
  if (left <= 0) return words.noCharactersLeft;
  const template = left === 1 ? words.charactersLeftOne : words.charactersLeftOther;
  const tag = locale?.replace('_', '-');
  let count: string;
  try {
    count = new Intl.NumberFormat(tag).format(left);
  } catch {
    count = String(left);
  }
  return template.replace('{count}', count);
}
