import { fieldErrors, type FieldError } from './field-errors';
import { surveySettingsSchema, type SurveySettings } from './survey-settings';

export type SettingsParse = { ok: true; settings: SurveySettings } | { ok: false; errors: FieldError[] };

/**
 * Validates settings read from storage or sent by the admin page. `undefined` (nothing stored
 * yet, as on a fresh install) gives the defaults; missing fields take their defaults; unknown
 * fields are dropped; every problem is reported with its field and a plain-English message, not
 * only the first.
 *
 * @example
 *   parseSettings({ delayHours: 2 })  //=> { ok: true, settings: { delayHours: 2, ... } }
 *   parseSettings({ delayHours: 25 }) //=> { ok: false, errors: [{ field: 'delayHours',
 *   //     message: 'Delay after resolution must be a number of hours from 0 to 24.' }] }
 *   parseSettings(undefined)          //=> { ok: true, settings: defaultSettings() }
 *   parseSettings(null)               //=> { ok: false, errors: [{ field: '', message: 'Settings must be an object.' }] }
 */
export function parseSettings(value: unknown): SettingsParse {
  const result = surveySettingsSchema.safeParse(value === undefined ? {} : value);
  return result.success
    ? { ok: true, settings: result.data }
    : { ok: false, errors: fieldErrors(result.error) };
}
