/** What the NPS prompt says (built-in English; the reasons are editable per language in the settings). */
export const NPS_WORDS = {
  question: 'How likely are you to recommend our IT services to a colleague?',
  lowLabel: 'Not at all likely',
  highLabel: 'Extremely likely',
  dismiss: 'Not now',
  reasonPrompt: 'Thank you. What is the main reason for your score? (optional)',
  thanks: 'Thank you for your feedback.',
  dismissed: 'We will not ask again for a while.',
  nothingToAnswer: 'There is no question to answer right now.',
  alreadyAnswered: 'You have already answered this question.',
  alreadyExplained: 'Your reason was already recorded.',
} as const;
