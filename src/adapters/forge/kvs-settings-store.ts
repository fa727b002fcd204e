import { kvs } from '@forge/kvs';
import type { SettingsStore } from '../../app/ports/settings-store';
import { defaultSettings } from '../../domain/settings/default-settings';
import { parseSettings } from '../../domain/settings/parse-settings';
import type { SurveySettings } from '../../domain/settings/survey-settings';
import { keys } from './keys';

/**
 * Settings in KVS: one read per use. A stored value that no longer parses (written by another
 * version of the app) falls back to the defaults with a warning rather than stopping surveys.
 */
export class KvsSettingsStore implements SettingsStore {
  async get(): Promise<SurveySettings> {
    return settingsOrDefaults(await kvs.get(keys.settings));
  }

  async save(settings: SurveySettings): Promise<void> {
    await kvs.set(keys.settings, settings);
  }
}

/** The settings as stored under `keys.settings` (by `get` or in another read's batch), or the defaults. */
export function settingsOrDefaults(stored: unknown): SurveySettings {
  const parsed = parseSettings(stored);
  if (parsed.ok) return parsed.settings;
  console.warn(
    'Stored settings are invalid; using the defaults:',
    parsed.errors.map((e) => e.message).join(' '),
  );
  return defaultSettings();
}
