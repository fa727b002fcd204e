import { languageOf, normalizeLocale } from './locale';

/**
 * The words of a one-click answer: the line above the score links in the invitation comment, and
 * the answer page's own words around the survey's questions (the questions, scale labels, comment
 * prompt, submit button, thank-you and expiry texts are the survey's wording, `messagesFor`).
 * `{date}` is a date the page writes in the customer's language.
 */
export interface AnswerLinkWords {
  /** Above the score links in the comment. */
  pickAScore: string;
  /** The page's title. */
  title: string;
  /** Under the questions: nothing is stored until the button is pressed. */
  notYetSent: string;
  /** The second question may be left unanswered. */
  optional: string;
  usedTitle: string;
  usedBody: string;
  expiredTitle: string;
  /** A token that is cut, altered, or names no survey of this site. */
  invalidTitle: string;
  invalidBody: string;
  /** A link signed by a key since rotated by an administrator. */
  replacedBody: string;
  closedTitle: string;
  closedBody: string;
  yourScore: string;
  yourComment: string;
  /** A problem with what was sent from the page (a score off its scale, a comment with markup). */
  fixAndSend: string;
  /** The app could not answer just now (storage or Jira unavailable): nothing was stored. */
  unavailableTitle: string;
  unavailableBody: string;
}

const en: AnswerLinkWords = {
  pickAScore: 'Answer with one click:',
  title: 'Your feedback',
  notYetSent: 'Your answer is sent only when you press the button.',
  optional: 'optional',
  usedTitle: 'You already answered',
  usedBody: 'Thank you: your answer of {date} is recorded, and the first answer stands.',
  expiredTitle: 'This survey has closed',
  invalidTitle: 'This link does not work',
  invalidBody:
    'The link is incomplete or was changed. Please open it again from the email, or answer on the request’s page in the portal.',
  replacedBody:
    'This link has been replaced. Please answer on the request’s page in the portal, or use the link of a newer email.',
  closedTitle: 'No survey to answer',
  closedBody: 'This request is not being surveyed any more.',
  yourScore: 'Your score',
  yourComment: 'Your comment',
  fixAndSend: 'Please check your answer and send it again.',
  unavailableTitle: 'Please try again in a minute',
  unavailableBody:
    'Your answer could not be handled just now and nothing was stored. Please open the link again in a minute.',
};

const de: AnswerLinkWords = {
  pickAScore: 'Antworten Sie mit einem Klick:',
  title: 'Ihr Feedback',
  notYetSent: 'Ihre Antwort wird erst gesendet, wenn Sie auf die Schaltfläche klicken.',
  optional: 'optional',
  usedTitle: 'Sie haben bereits geantwortet',
  usedBody: 'Vielen Dank: Ihre Antwort vom {date} ist gespeichert, und die erste Antwort zählt.',
  expiredTitle: 'Diese Umfrage ist beendet',
  invalidTitle: 'Dieser Link funktioniert nicht',
  invalidBody:
    'Der Link ist unvollständig oder wurde verändert. Bitte öffnen Sie ihn erneut aus der E-Mail oder antworten Sie auf der Seite der Anfrage im Portal.',
  replacedBody:
    'Dieser Link wurde ersetzt. Bitte antworten Sie auf der Seite der Anfrage im Portal oder nutzen Sie den Link einer neueren E-Mail.',
  closedTitle: 'Keine Umfrage zu beantworten',
  closedBody: 'Zu dieser Anfrage wird keine Umfrage mehr durchgeführt.',
  yourScore: 'Ihre Bewertung',
  yourComment: 'Ihr Kommentar',
  fixAndSend: 'Bitte prüfen Sie Ihre Antwort und senden Sie sie erneut.',
  unavailableTitle: 'Bitte versuchen Sie es in einer Minute erneut',
  unavailableBody:
    'Ihre Antwort konnte gerade nicht verarbeitet werden; es wurde nichts gespeichert. Bitte öffnen Sie den Link in einer Minute erneut.',
};

const fr: AnswerLinkWords = {
  pickAScore: 'Répondez en un clic :',
  title: 'Votre avis',
  notYetSent: 'Votre réponse n’est envoyée que lorsque vous appuyez sur le bouton.',
  optional: 'facultatif',
  usedTitle: 'Vous avez déjà répondu',
  usedBody: 'Merci : votre réponse du {date} est enregistrée, et la première réponse compte.',
  expiredTitle: 'Cette enquête est close',
  invalidTitle: 'Ce lien ne fonctionne pas',
  invalidBody:
    'Le lien est incomplet ou a été modifié. Ouvrez-le de nouveau depuis l’e-mail, ou répondez sur la page de la demande dans le portail.',
  replacedBody:
    'Ce lien a été remplacé. Répondez sur la page de la demande dans le portail, ou utilisez le lien d’un e-mail plus récent.',
  closedTitle: 'Aucune enquête à remplir',
  closedBody: 'Cette demande ne fait plus l’objet d’une enquête.',
  yourScore: 'Votre note',
  yourComment: 'Votre commentaire',
  fixAndSend: 'Vérifiez votre réponse et envoyez-la de nouveau.',
  unavailableTitle: 'Réessayez dans une minute',
  unavailableBody:
    'Votre réponse n’a pas pu être traitée pour l’instant et rien n’a été enregistré. Rouvrez le lien dans une minute.',
};

const es: AnswerLinkWords = {
  pickAScore: 'Responda con un clic:',
  title: 'Su opinión',
  notYetSent: 'Su respuesta solo se envía cuando pulsa el botón.',
  optional: 'opcional',
  usedTitle: 'Ya ha respondido',
  usedBody: 'Gracias: su respuesta del {date} está registrada, y cuenta la primera respuesta.',
  expiredTitle: 'Esta encuesta ha finalizado',
  invalidTitle: 'Este enlace no funciona',
  invalidBody:
    'El enlace está incompleto o se ha modificado. Vuelva a abrirlo desde el correo o responda en la página de la solicitud en el portal.',
  replacedBody:
    'Este enlace ha sido sustituido. Responda en la página de la solicitud en el portal o use el enlace de un correo más reciente.',
  closedTitle: 'No hay encuesta que responder',
  closedBody: 'Esta solicitud ya no forma parte de una encuesta.',
  yourScore: 'Su puntuación',
  yourComment: 'Su comentario',
  fixAndSend: 'Revise su respuesta y vuelva a enviarla.',
  unavailableTitle: 'Vuelva a intentarlo en un minuto',
  unavailableBody:
    'No se ha podido procesar su respuesta en este momento y no se ha guardado nada. Vuelva a abrir el enlace en un minuto.',
};

const ja: AnswerLinkWords = {
  pickAScore: 'ワンクリックで回答：',
  title: 'ご意見',
  notYetSent: 'ボタンを押すまで回答は送信されません。',
  optional: '任意',
  usedTitle: 'すでに回答済みです',
  usedBody: 'ありがとうございます。{date}のご回答は記録済みで、最初の回答が有効です。',
  expiredTitle: 'このアンケートは終了しました',
  invalidTitle: 'このリンクは使用できません',
  invalidBody:
    'リンクが不完全か、変更されています。メールからもう一度開くか、ポータルのリクエストページで回答してください。',
  replacedBody:
    'このリンクは置き換えられました。ポータルのリクエストページで回答するか、新しいメールのリンクをご利用ください。',
  closedTitle: '回答できるアンケートはありません',
  closedBody: 'このリクエストはアンケートの対象ではなくなりました。',
  yourScore: '評価',
  yourComment: 'コメント',
  fixAndSend: '回答を確認して、もう一度送信してください。',
  unavailableTitle: '1分ほどしてからもう一度お試しください',
  unavailableBody:
    '現在、回答を処理できませんでした。何も保存されていません。1分ほどしてからリンクをもう一度開いてください。',
};

/** The five languages the answer page is written in. */
export const ANSWER_LINK_LANGUAGES = { en, de, fr, es, ja } as const;
export type AnswerLinkLanguage = keyof typeof ANSWER_LINK_LANGUAGES;

/** The page's language for a locale: its language when written, else English. */
export function answerLinkLanguage(locale: string | null | undefined): AnswerLinkLanguage {
  const tag = normalizeLocale(locale);
  const language = tag === null ? 'en' : languageOf(tag);
  return language in ANSWER_LINK_LANGUAGES ? (language as AnswerLinkLanguage) : 'en';
}

export function answerLinkWords(locale: string | null | undefined): AnswerLinkWords {
  return ANSWER_LINK_LANGUAGES[answerLinkLanguage(locale)];
}
