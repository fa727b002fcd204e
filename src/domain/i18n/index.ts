export { DEFAULT_MESSAGES } from './default-messages';
export { fillPlaceholders } from './fill-placeholders';
export {
  BUILT_IN_LOCALES,
  CANONICAL_LOCALE,
  DEFAULT_LOCALE,
  languageOf,
  normalizeLocale,
  type BuiltInLocale,
} from './locale';
export {
  LINK_PLACEHOLDER,
  MESSAGE_KEYS,
  REQUIRED_PLACEHOLDERS,
  type MessageKey,
  type MessageOverrides,
  type Messages,
} from './messages';
export { availableLocales, messagesFor, type WordingOverrides } from './messages-for';
export { pickLocale } from './pick-locale';
