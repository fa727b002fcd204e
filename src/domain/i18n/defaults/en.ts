import type { Messages } from '../messages';

export const en: Messages = {
  cesQuestion: 'How easy was it to get your issue resolved?',
  cesLowLabel: 'Very difficult',
  cesHighLabel: 'Very easy',
  csatQuestion: 'How satisfied are you with the support you received?',
  csatLowLabel: 'Very dissatisfied',
  csatHighLabel: 'Very satisfied',
  commentPrompt: 'Is there anything you would like to add? (optional)',
  submit: 'Submit',
  thankYou: 'Thank you for your feedback!',
  expired: 'This survey has expired. Thank you for your interest.',
  cancelled: 'This survey was withdrawn because the request was reopened.',
  invitation:
    'Your request has been resolved. How did we do? Please answer two short questions – it only takes a few seconds: {link}',
  reminder:
    'A quick reminder: we would value your feedback on this request. It only takes a few seconds: {link}',
};
