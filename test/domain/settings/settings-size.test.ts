import { MESSAGE_KEYS } from '../../../src/domain/i18n';
import { MESSAGE_MAX_LENGTH, parseSettings, SETTINGS_LIMITS } from '../../../src/domain/settings';

/** Forge KVS holds at most 240 KiB per value. */
const KVS_VALUE_LIMIT = 240 * 1024;

describe('settings size', () => {
  it('stays well under the KVS value limit when every list and text is at its maximum', () => {
    const longestId = (index: number) => `P${String(index).padStart(SETTINGS_LIMITS.idLength - 1, '0')}`;
    const ids = (count: number) => Array.from({ length: count }, (_, index) => longestId(index));
    // '語' is 3 bytes in UTF-8: the most a UTF-16 unit can cost once control characters are refused.
    const fullWording = Object.fromEntries(
      MESSAGE_KEYS.map((key) => [key, `{link}${'語'.repeat(MESSAGE_MAX_LENGTH[key] - 6)}`]),
    );
    const locales = ['en', 'de', 'fr', 'es', 'ja', 'pt-BR', 'zh-Hant-TW', 'nl', 'sv', 'ko'];
    expect(locales).toHaveLength(SETTINGS_LIMITS.wordingLocales);
    const largest = {
      enabledProjects: ids(SETTINGS_LIMITS.projects),
      excludedRequestTypes: ids(SETTINGS_LIMITS.requestTypes),
      jsmSurveyProjects: ids(SETTINGS_LIMITS.projects),
      wording: Object.fromEntries(locales.map((locale) => [locale, fullWording])),
      reportingTimeZone: 'America/Argentina/ComodRivadavia',
      // Priority names may be any text: '語' costs 3 bytes each.
      mtta: {
        highPriorities: Array.from(
          { length: SETTINGS_LIMITS.priorities },
          (_, index) => `${index}${'語'.repeat(SETTINGS_LIMITS.idLength - 2)}`,
        ),
      },
    };
    const result = parseSettings(largest);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.settings.mtta.highPriorities).toHaveLength(SETTINGS_LIMITS.priorities);
    const bytes = new TextEncoder().encode(JSON.stringify(result.settings)).length;
    expect(bytes).toBeGreaterThan(100 * 1024); // the test really builds the largest value
    expect(bytes).toBeLessThan(KVS_VALUE_LIMIT * 0.75);
  });
});
