/**
 * Every piece of text a customer sees from the survey loop, in the order the survey shows it.
 * The invitation and the reminder are posted as public comments on the request.
 */
export const MESSAGE_KEYS = [
  'cesQuestion',
  'cesLowLabel',
  'cesHighLabel',
  'csatQuestion',
  'csatLowLabel',
  'csatHighLabel',
  'commentPrompt',
  'submit',
  'thankYou',
  'expired',
  'cancelled',
  'invitation',
  'reminder',
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];

/** A complete set of wording for one locale. */
export type Messages = Readonly<Record<MessageKey, string>>;

/** Wording an administrator changed for one locale; keys left out keep their default. */
export type MessageOverrides = Readonly<Partial<Record<MessageKey, string>>>;

/** Where the survey link goes in a comment. */
export const LINK_PLACEHOLDER = '{link}';

/**
 * Placeholders a message must keep: a comment without the link would invite the customer to a
 * survey they cannot reach.
 */
export const REQUIRED_PLACEHOLDERS: Readonly<Partial<Record<MessageKey, readonly string[]>>> = {
  invitation: [LINK_PLACEHOLDER],
  reminder: [LINK_PLACEHOLDER],
};
