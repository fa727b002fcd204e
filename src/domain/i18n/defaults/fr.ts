import type { Messages } from '../messages';

// French typography puts a no-break space (U+00A0) before "?", "!" and ":".
export const fr: Messages = {
  cesQuestion: 'Dans quelle mesure a-t-il été facile de faire résoudre votre problème\u00a0?',
  cesLowLabel: 'Très difficile',
  cesHighLabel: 'Très facile',
  csatQuestion: 'Quel est votre degré de satisfaction concernant l’assistance reçue\u00a0?',
  csatLowLabel: 'Très insatisfait',
  csatHighLabel: 'Très satisfait',
  commentPrompt: 'Souhaitez-vous ajouter quelque chose\u00a0? (facultatif)',
  submit: 'Envoyer',
  thankYou: 'Merci pour votre avis\u00a0!',
  expired: 'Cette enquête a expiré. Merci de votre intérêt.',
  cancelled: 'Cette enquête a été annulée, car la demande a été rouverte.',
  invitation:
    'Votre demande a été résolue. Votre avis compte pour nous\u00a0: merci de répondre à deux courtes questions, cela ne prend que quelques secondes\u00a0: {link}',
  reminder:
    'Petit rappel\u00a0: votre avis sur cette demande nous est précieux. Cela ne prend que quelques secondes\u00a0: {link}',
};
