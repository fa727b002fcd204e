import { surveySettingsSchema, type SurveySettings } from './survey-settings';

/**
 * The settings a fresh install runs on (see `surveySettingsSchema`). A new object each call, so a
 * caller may change it without touching anyone else's copy.
 */
export function defaultSettings(): SurveySettings {
  return surveySettingsSchema.parse({});
}
