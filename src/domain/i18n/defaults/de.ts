import type { Messages } from '../messages';

export const de: Messages = {
  cesQuestion: 'Wie einfach war es, Ihr Anliegen lösen zu lassen?',
  cesLowLabel: 'Sehr schwierig',
  cesHighLabel: 'Sehr einfach',
  csatQuestion: 'Wie zufrieden sind Sie mit der erhaltenen Unterstützung?',
  csatLowLabel: 'Sehr unzufrieden',
  csatHighLabel: 'Sehr zufrieden',
  commentPrompt: 'Möchten Sie noch etwas hinzufügen? (optional)',
  submit: 'Absenden',
  thankYou: 'Vielen Dank für Ihr Feedback!',
  expired: 'Diese Umfrage ist abgelaufen. Vielen Dank für Ihr Interesse.',
  cancelled: 'Diese Umfrage wurde zurückgezogen, weil die Anfrage wieder geöffnet wurde.',
  invitation:
    'Ihre Anfrage wurde gelöst. Wie zufrieden waren Sie? Bitte beantworten Sie zwei kurze Fragen – das dauert nur wenige Sekunden: {link}',
  reminder:
    'Eine kurze Erinnerung: Ihre Meinung zu dieser Anfrage ist uns wichtig. Das dauert nur wenige Sekunden: {link}',
};
