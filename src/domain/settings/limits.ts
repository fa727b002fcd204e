import type { MessageKey } from '../i18n/messages';

/**
 * Upper bounds that keep the settings value far below the 240 KiB a Forge KVS value may hold,
 * whatever an administrator types (see the size test). Lists are of ASCII keys and ids; text may
 * be any script, at most 3 UTF-8 bytes per UTF-16 unit once control characters are excluded.
 */
export const SETTINGS_LIMITS = {
  /** Projects listed in `enabledProjects` or `jsmSurveyProjects`. */
  projects: 250,
  /** Request types in `excludedRequestTypes`. */
  requestTypes: 250,
  /** Characters of one project key or request type id. */
  idLength: 64,
  /** Locales with administrator wording. */
  wordingLocales: 10,
  /** Characters of a time zone name (the longest IANA name has 32). */
  timeZoneLength: 64,
  /** Priority names in the MTTA `high` class. */
  priorities: 50,
} as const;

/** Characters allowed for each message an administrator may reword. */
export const MESSAGE_MAX_LENGTH: Readonly<Record<MessageKey, number>> = {
  cesQuestion: 200,
  cesLowLabel: 50,
  cesHighLabel: 50,
  csatQuestion: 200,
  csatLowLabel: 50,
  csatHighLabel: 50,
  commentPrompt: 200,
  submit: 40,
  thankYou: 300,
  expired: 300,
  cancelled: 300,
  invitation: 1000,
  reminder: 1000,
};
