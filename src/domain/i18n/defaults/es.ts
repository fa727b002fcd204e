import type { Messages } from '../messages';

export const es: Messages = {
  cesQuestion: '¿Qué tan fácil fue conseguir que se resolviera su problema?',
  cesLowLabel: 'Muy difícil',
  cesHighLabel: 'Muy fácil',
  csatQuestion: '¿Cuál es su grado de satisfacción con la asistencia recibida?',
  csatLowLabel: 'Muy insatisfecho',
  csatHighLabel: 'Muy satisfecho',
  commentPrompt: '¿Desea añadir algo más? (opcional)',
  submit: 'Enviar',
  thankYou: '¡Gracias por su opinión!',
  expired: 'Esta encuesta ha caducado. Gracias por su interés.',
  cancelled: 'Esta encuesta se ha retirado porque la solicitud se ha vuelto a abrir.',
  invitation:
    'Su solicitud se ha resuelto. ¿Qué tal lo hicimos? Responda a dos preguntas breves; solo le llevará unos segundos: {link}',
  reminder:
    'Un breve recordatorio: su opinión sobre esta solicitud es muy valiosa para nosotros. Solo le llevará unos segundos: {link}',
};
