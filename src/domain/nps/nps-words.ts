import { BUILT_IN_LOCALES, type BuiltInLocale } from '../i18n/locale';
import { pickLocale } from '../i18n/pick-locale';

/**
 * What the NPS prompt says around the reasons (which are editable per language in the settings).
 * A customer reads the whole prompt, and its refusals, in one language.
 */
export interface NpsWords {
  question: string;
  lowLabel: string;
  highLabel: string;
  dismiss: string;
  reasonPrompt: string;
  /** `{score}` is the score just given, 0 to 10. */
  scoreLegend: string;
  commentLabel: string;
  send: string;
  thanks: string;
  dismissed: string;
  nothingToAnswer: string;
  alreadyAnswered: string;
  alreadyExplained: string;
}

export const NPS_WORDS: Readonly<Record<BuiltInLocale, NpsWords>> = {
  en: {
    question: 'How likely are you to recommend our IT services to a colleague?',
    lowLabel: 'Not at all likely',
    highLabel: 'Extremely likely',
    dismiss: 'Not now',
    reasonPrompt: 'Thank you. What is the main reason for your score? (optional)',
    scoreLegend: 'Score {score} / 10',
    commentLabel: 'Comment (optional)',
    send: 'Send',
    thanks: 'Thank you for your feedback.',
    dismissed: 'We will not ask again for a while.',
    nothingToAnswer: 'There is no question to answer right now.',
    alreadyAnswered: 'You have already answered this question.',
    alreadyExplained: 'Your reason was already recorded.',
  },
  de: {
    question: 'Wie wahrscheinlich ist es, dass Sie unsere IT-Services einem Kollegen empfehlen?',
    lowLabel: 'Überhaupt nicht wahrscheinlich',
    highLabel: 'Äußerst wahrscheinlich',
    dismiss: 'Nicht jetzt',
    reasonPrompt: 'Vielen Dank. Was ist der Hauptgrund für Ihre Bewertung? (optional)',
    scoreLegend: 'Bewertung {score} / 10',
    commentLabel: 'Kommentar (optional)',
    send: 'Senden',
    thanks: 'Vielen Dank für Ihr Feedback.',
    dismissed: 'Wir fragen Sie eine Weile nicht mehr.',
    nothingToAnswer: 'Im Moment gibt es keine Frage zu beantworten.',
    alreadyAnswered: 'Sie haben diese Frage bereits beantwortet.',
    alreadyExplained: 'Ihr Grund wurde bereits gespeichert.',
  },
  fr: {
    question: 'Quelle est la probabilité que vous recommandiez nos services informatiques à un collègue ?',
    lowLabel: 'Pas du tout probable',
    highLabel: 'Extrêmement probable',
    dismiss: 'Pas maintenant',
    reasonPrompt: 'Merci. Quelle est la principale raison de votre note ? (facultatif)',
    scoreLegend: 'Note {score} / 10',
    commentLabel: 'Commentaire (facultatif)',
    send: 'Envoyer',
    thanks: 'Merci pour votre avis.',
    dismissed: 'Nous ne vous poserons plus la question avant un moment.',
    nothingToAnswer: "Il n'y a aucune question à laquelle répondre pour le moment.",
    alreadyAnswered: 'Vous avez déjà répondu à cette question.',
    alreadyExplained: 'Votre raison a déjà été enregistrée.',
  },
  es: {
    question: '¿Qué probabilidad hay de que recomiende nuestros servicios de TI a un compañero?',
    lowLabel: 'Nada probable',
    highLabel: 'Muy probable',
    dismiss: 'Ahora no',
    reasonPrompt: 'Gracias. ¿Cuál es el motivo principal de su puntuación? (opcional)',
    scoreLegend: 'Puntuación {score} / 10',
    commentLabel: 'Comentario (opcional)',
    send: 'Enviar',
    thanks: 'Gracias por sus comentarios.',
    dismissed: 'No volveremos a preguntarle durante un tiempo.',
    nothingToAnswer: 'Ahora mismo no hay ninguna pregunta que responder.',
    alreadyAnswered: 'Ya ha respondido a esta pregunta.',
    alreadyExplained: 'Su motivo ya se ha registrado.',
  },
  ja: {
    question: '当社の IT サービスを同僚に勧める可能性はどのくらいありますか?',
    lowLabel: 'まったく勧めない',
    highLabel: '強く勧める',
    dismiss: '後で',
    reasonPrompt: 'ありがとうございます。このスコアの主な理由は何ですか?(任意)',
    scoreLegend: 'スコア {score} / 10',
    commentLabel: 'コメント(任意)',
    send: '送信',
    thanks: 'ご意見をお寄せいただきありがとうございます。',
    dismissed: 'しばらくの間はお尋ねしません。',
    nothingToAnswer: '現在、回答する質問はありません。',
    alreadyAnswered: 'この質問にはすでに回答済みです。',
    alreadyExplained: '理由はすでに記録されています。',
  },
};

/**
 * The prompt's words in the customer's language (English when it has none or is unknown).
 *
 * @example npsWords('de_DE').dismiss //=> 'Nicht jetzt'
 */
export function npsWords(locale: string | null | undefined): NpsWords {
  return NPS_WORDS[pickLocale(locale, BUILT_IN_LOCALES) as BuiltInLocale];
}
