import type { SurveySettings } from '../../domain/settings/survey-settings';

export interface SettingsStore {
  /** The settings in force; the defaults until an administrator saves any. */
  get(): Promise<SurveySettings>;
  save(settings: SurveySettings): Promise<void>;
}
