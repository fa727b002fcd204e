import {
  applySettingsPatch,
  defaultSettings,
  parseSettings,
  settingsPatchSchema,
} from '../../../src/domain/settings';

describe('applySettingsPatch', () => {
  const current = defaultSettings();

  it('changes only the given fields, merging nested groups', () => {
    const result = applySettingsPatch(current, {
      delayHours: 4,
      reminder: { enabled: true },
      targets: { nps: 30 },
    });
    expect(result).toEqual({
      ok: true,
      settings: {
        ...current,
        delayHours: 4,
        reminder: { enabled: true, afterDays: 7 },
        targets: { ...current.targets, nps: 30 },
      },
    });
  });

  it('replaces the wording map as a whole', () => {
    const withGerman = applySettingsPatch(current, { wording: { de: { submit: 'Abschicken' } } });
    if (!withGerman.ok) throw new Error('expected the patch to apply');
    expect(applySettingsPatch(withGerman.settings, { wording: { fr: { submit: 'Valider' } } })).toEqual({
      ok: true,
      settings: { ...current, wording: { fr: { submit: 'Valider' } } },
    });
  });

  it('is the identity for an empty patch', () => {
    expect(applySettingsPatch(current, {})).toEqual({ ok: true, settings: current });
  });

  it('refuses unknown and misspelt settings instead of losing them', () => {
    expect(applySettingsPatch(current, { delayHour: 2 })).toEqual({
      ok: false,
      errors: [{ field: '', message: 'Unknown setting: delayHour.' }],
    });
    expect(applySettingsPatch(current, { reminder: { enable: true } })).toEqual({
      ok: false,
      errors: [{ field: 'reminder', message: 'Unknown reminder setting: enable.' }],
    });
    expect(applySettingsPatch(current, { targets: { nsp: 1 } })).toEqual({
      ok: false,
      errors: [{ field: 'targets', message: 'Unknown target setting: nsp.' }],
    });
  });

  it('refuses a patch that is not an object', () => {
    expect(applySettingsPatch(current, null)).toEqual({
      ok: false,
      errors: [{ field: '', message: 'Settings must be an object.' }],
    });
    expect(applySettingsPatch(current, { lowScore: 3 })).toEqual({
      ok: false,
      errors: [{ field: 'lowScore', message: 'The low-score settings must be an object.' }],
    });
  });

  it('uses the same field rules as the stored settings', () => {
    expect(applySettingsPatch(current, { delayHours: 25 })).toEqual({
      ok: false,
      errors: [
        { field: 'delayHours', message: 'Delay after resolution must be a number of hours from 0 to 24.' },
      ],
    });
  });

  it('checks rules across fields on the merged result', () => {
    const withReminder = applySettingsPatch(current, { reminder: { enabled: true, afterDays: 10 } });
    if (!withReminder.ok) throw new Error('expected the patch to apply');
    expect(applySettingsPatch(withReminder.settings, { expiryDays: 10 })).toEqual({
      ok: false,
      errors: [
        {
          field: 'reminder.afterDays',
          message: 'The reminder must go out before the survey expires: choose fewer than 10 days.',
        },
      ],
    });
  });

  it('does not fill defaults into a patch (a partial update stays partial)', () => {
    expect(settingsPatchSchema.parse({ reminder: { enabled: true } })).toEqual({
      reminder: { enabled: true },
    });
  });

  it('gives settings that parse again to themselves', () => {
    const result = applySettingsPatch(current, { enabledProjects: ['SD'], jsmSurveyProjects: ['SD'] });
    if (!result.ok) throw new Error('expected the patch to apply');
    expect(parseSettings(JSON.parse(JSON.stringify(result.settings)))).toEqual(result);
  });
});
