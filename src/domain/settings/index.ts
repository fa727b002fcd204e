export { defaultSettings } from './default-settings';
export { doubleSurveyWarnings, type DoubleSurveyWarning } from './double-survey-warnings';
export { fieldErrors, type FieldError } from './field-errors';
export { MESSAGE_MAX_LENGTH, SETTINGS_LIMITS } from './limits';
export { parseSettings, type SettingsParse } from './parse-settings';
export { hasForbiddenCharacters, plainText } from './plain-text';
export { isProjectEnabled } from './project-scope';
export { applySettingsPatch, settingsPatchSchema, type SettingsPatch } from './settings-patch';
export { surveySettingsSchema, type SurveySettings, type SurveySettingsInput } from './survey-settings';
