import {
  changeIceSettings,
  DEFAULT_ICE_SETTINGS,
  iceQuestionsIn,
} from '../../../src/domain/incident/ice-settings';

describe('ICE settings', () => {
  it('default to a 2 h delay, a 24 h follow-up window and the "Causes" link', () => {
    expect(DEFAULT_ICE_SETTINGS).toMatchObject({ delayHours: 2, followUpHours: 24, linkTypes: ['Causes'] });
  });

  it('take a change and keep the rest', () => {
    const result = changeIceSettings(DEFAULT_ICE_SETTINGS, {
      majorField: 'customfield_10080',
      majorPriorities: ['P1'],
    });
    expect(result).toEqual({
      ok: true,
      settings: { ...DEFAULT_ICE_SETTINGS, majorField: 'customfield_10080', majorPriorities: ['P1'] },
    });
  });

  it.each([
    [{ delayHours: -1 }, 'delayHours', 'The delay after resolution must be a number of hours from 0 to 72.'],
    [
      { followUpHours: 1.5 },
      'followUpHours',
      'The follow-up window must be a whole number of hours from 0 to 168.',
    ],
    [
      { majorField: 'priority' },
      'majorField',
      'The field must be a Jira field id such as customfield_10080.',
    ],
    [{ linkTypes: [] }, 'linkTypes', 'Name at least one link type.'],
    [{ questions: { en: { clarity: '' } } }, 'questions.en.clarity', 'A question cannot be empty.'],
  ])('refuses %j, naming the field', (change, field, message) => {
    expect(changeIceSettings(DEFAULT_ICE_SETTINGS, change)).toEqual({
      ok: false,
      errors: [{ field, message }],
    });
  });

  it('refuses an unknown setting', () => {
    expect(changeIceSettings(DEFAULT_ICE_SETTINGS, { nps: true })).toMatchObject({ ok: false });
    expect(changeIceSettings(DEFAULT_ICE_SETTINGS, null)).toMatchObject({ ok: false });
  });

  it('words the questions per language, the admin wording first, English otherwise', () => {
    const settings = { ...DEFAULT_ICE_SETTINGS, questions: { de: { clarity: 'Waren wir verständlich?' } } };
    expect(iceQuestionsIn(settings, 'de-AT')).toMatchObject({
      clarity: 'Waren wir verständlich?',
      timeliness: 'Wie zeitnah kamen unsere Informationen?',
    });
    expect(iceQuestionsIn(settings, 'pt-BR').clarity).toBe('How clear were our updates about the incident?');
  });
});
