import { defaultSettings, parseSettings, SETTINGS_LIMITS } from '../../../src/domain/settings';

const errorsOf = (value: unknown) => {
  const result = parseSettings(value);
  if (result.ok) throw new Error(`expected ${JSON.stringify(value)} to be refused`);
  return result.errors;
};

const keys = (count: number) => Array.from({ length: count }, (_, index) => `P${index}`);

describe('parseSettings', () => {
  it('fills what is missing with defaults and keeps what is given', () => {
    const result = parseSettings({ delayHours: 0.5, reminder: { enabled: true }, targets: { csat: 90 } });
    expect(result.ok && result.settings).toEqual({
      ...defaultSettings(),
      delayHours: 0.5,
      reminder: { enabled: true, afterDays: 7 },
      targets: { ...defaultSettings().targets, csat: 90 },
    });
  });

  it('drops unknown fields, so a value written by a newer version still reads', () => {
    expect(parseSettings({ futureSetting: true })).toEqual({ ok: true, settings: defaultSettings() });
  });

  it('refuses a value that is not an object', () => {
    for (const value of [null, 5, 'x', []]) {
      expect(errorsOf(value)).toEqual([{ field: '', message: 'Settings must be an object.' }]);
    }
  });

  it.each([
    [{ delayHours: -1 }, 'delayHours', 'Delay after resolution must be a number of hours from 0 to 24.'],
    [{ delayHours: 24.01 }, 'delayHours', 'Delay after resolution must be a number of hours from 0 to 24.'],
    [{ delayHours: '1' }, 'delayHours', 'Delay after resolution must be a number of hours from 0 to 24.'],
    [
      { delayHours: Number.NaN },
      'delayHours',
      'Delay after resolution must be a number of hours from 0 to 24.',
    ],
    [{ throttleDays: -1 }, 'throttleDays', 'Throttle must be a whole number of days from 0 to 365.'],
    [{ throttleDays: 366 }, 'throttleDays', 'Throttle must be a whole number of days from 0 to 365.'],
    [{ throttleDays: 1.5 }, 'throttleDays', 'Throttle must be a whole number of days from 0 to 365.'],
    [
      { samplingPercent: 100.5 },
      'samplingPercent',
      'Sampling share must be a number of percent from 0 to 100.',
    ],
    [
      { samplingPercent: -0.1 },
      'samplingPercent',
      'Sampling share must be a number of percent from 0 to 100.',
    ],
    [{ expiryDays: 0 }, 'expiryDays', 'Expiry must be a whole number of days from 1 to 90.'],
    [{ expiryDays: 91 }, 'expiryDays', 'Expiry must be a whole number of days from 1 to 90.'],
    [
      { reminder: { afterDays: 0 } },
      'reminder.afterDays',
      'Reminder must be a whole number of days from 1 to 89.',
    ],
    [{ reminder: { enabled: 'yes' } }, 'reminder.enabled', 'Reminder on/off must be true or false.'],
    [{ reminder: 'on' }, 'reminder', 'Reminder must be an object with "enabled" and "afterDays".'],
    [
      { reminder: { enabled: true, afterDays: 14 } },
      'reminder.afterDays',
      'The reminder must go out before the survey expires: choose fewer than 14 days.',
    ],
    [
      { lowScore: { csatAtMost: 5 } },
      'lowScore.csatAtMost',
      'Low CSAT threshold must be a whole number from 1 to 4.',
    ],
    [
      { lowScore: { csatAtMost: 0 } },
      'lowScore.csatAtMost',
      'Low CSAT threshold must be a whole number from 1 to 4.',
    ],
    [
      { lowScore: { cesAtMost: 7 } },
      'lowScore.cesAtMost',
      'Low CES threshold must be a whole number from 1 to 6.',
    ],
    [
      { lowScore: { internalComment: 1 } },
      'lowScore.internalComment',
      'Internal comment on low score must be true or false.',
    ],
    [{ cesThreshold: 8 }, 'cesThreshold', 'CES threshold must be a whole number from 1 to 7.'],
    [{ cesThreshold: 5.5 }, 'cesThreshold', 'CES threshold must be a whole number from 1 to 7.'],
    [{ targets: { csat: 101 } }, 'targets.csat', 'CSAT target must be a number from 0 to 100.'],
    [
      { targets: { experienceIndex: -1 } },
      'targets.experienceIndex',
      'Experience Index target must be a number from 0 to 100.',
    ],
    [{ targets: { nps: -101 } }, 'targets.nps', 'NPS target must be a number from -100 to 100.'],
    [{ targets: [] }, 'targets', 'Targets must be an object of numbers.'],
    [
      { reportingTimeZone: 'Mars/Olympus' },
      'reportingTimeZone',
      'Reporting time zone must be an IANA time zone such as "UTC" or "Europe/Berlin".',
    ],
    [
      { reportingTimeZone: 'E'.repeat(65) },
      'reportingTimeZone',
      'Reporting time zone must be an IANA time zone such as "UTC" or "Europe/Berlin".',
    ],
    [
      { reportingTimeZone: 3 },
      'reportingTimeZone',
      'Reporting time zone must be an IANA time zone such as "UTC" or "Europe/Berlin".',
    ],
    [
      { enabledProjects: 'some' },
      'enabledProjects',
      'Enabled projects must be "all" or a list of project keys.',
    ],
    [
      { enabledProjects: ['SD', 'it'] },
      'enabledProjects.1',
      'Enabled projects: each entry must be a Jira project key such as SD (upper-case letters, digits, _).',
    ],
    [
      { enabledProjects: keys(SETTINGS_LIMITS.projects + 1) },
      'enabledProjects',
      'Enabled projects may list at most 250 entries.',
    ],
    [
      { enabledProjects: [`S${'D'.repeat(64)}`] },
      'enabledProjects.0',
      'Enabled projects: each entry must be at most 64 characters.',
    ],
    [
      { excludedRequestTypes: ['12', '1 3'] },
      'excludedRequestTypes.1',
      'Excluded request types: each entry must be a request type id (letters, digits, _ or -).',
    ],
    [
      { excludedRequestTypes: keys(SETTINGS_LIMITS.requestTypes + 1) },
      'excludedRequestTypes',
      'Excluded request types may list at most 250 entries.',
    ],
    [{ excludedRequestTypes: '12' }, 'excludedRequestTypes', 'Excluded request types must be a list.'],
    [
      { jsmSurveyProjects: keys(SETTINGS_LIMITS.projects + 1) },
      'jsmSurveyProjects',
      'Projects with the JSM satisfaction survey may list at most 250 entries.',
    ],
  ])('refuses %j on %s with a clear message', (value, field, message) => {
    expect(errorsOf(value)).toEqual([{ field, message }]);
  });

  it('accepts each limit itself', () => {
    const atLimits = {
      delayHours: 24,
      throttleDays: 365,
      samplingPercent: 0,
      expiryDays: 90,
      reminder: { enabled: true, afterDays: 89 },
      lowScore: { csatAtMost: 4, cesAtMost: 6, internalComment: false },
      cesThreshold: 7,
      targets: { csat: 100, ces: 0, nps: -100, ice: 100, fcr: 0, experienceIndex: 100 },
      enabledProjects: keys(SETTINGS_LIMITS.projects),
      excludedRequestTypes: keys(SETTINGS_LIMITS.requestTypes),
      jsmSurveyProjects: [],
      reportingTimeZone: 'America/Argentina/ComodRivadavia',
    };
    expect(parseSettings(atLimits).ok).toBe(true);
    expect(parseSettings({ delayHours: 0, throttleDays: 0, samplingPercent: 100, expiryDays: 1 }).ok).toBe(
      true,
    );
  });

  it('checks the reminder against expiry only while the reminder is on', () => {
    expect(parseSettings({ reminder: { enabled: false, afterDays: 20 } }).ok).toBe(true);
    expect(parseSettings({ reminder: { enabled: true, afterDays: 13 } }).ok).toBe(true);
  });

  it('drops duplicate keys and ids, keeping the first order', () => {
    const result = parseSettings({ enabledProjects: ['SD', 'IT', 'SD'], excludedRequestTypes: ['7', '7'] });
    expect(result.ok && [result.settings.enabledProjects, result.settings.excludedRequestTypes]).toEqual([
      ['SD', 'IT'],
      ['7'],
    ]);
  });

  it('reports every wrong field, not only the first', () => {
    expect(
      errorsOf({ delayHours: 30, throttleDays: 'x', expiryDays: 0 }).map((error) => error.field),
    ).toEqual(['delayHours', 'throttleDays', 'expiryDays']);
  });

  describe('wording', () => {
    it('accepts overrides per locale, trims them and drops empty ones', () => {
      const result = parseSettings({
        wording: {
          de: { cesQuestion: '  Wie leicht war es?  ', submit: '   ' },
          'pt-BR': { submit: 'Enviar' },
        },
      });
      expect(result.ok && result.settings.wording).toEqual({
        de: { cesQuestion: 'Wie leicht war es?' },
        'pt-BR': { submit: 'Enviar' },
      });
    });

    it.each([
      [
        { de: { invitation: 'Bitte antworten.' } },
        'wording.de.invitation',
        'The "invitation" wording must contain {link} where the survey link goes.',
      ],
      [
        { de: { reminder: 'Bitte antworten.' } },
        'wording.de.reminder',
        'The "reminder" wording must contain {link} where the survey link goes.',
      ],
      [
        { de: { submit: 'x'.repeat(41) } },
        'wording.de.submit',
        'The "submit" wording must be at most 40 characters long.',
      ],
      [
        { de: { invitation: `{link}${'x'.repeat(1000)}` } },
        'wording.de.invitation',
        'The "invitation" wording must be at most 1,000 characters long.',
      ],
      [
        { de: { submit: 'Ab\u0007senden' } },
        'wording.de.submit',
        'The "submit" wording contains control or invisible formatting characters; only plain text, tabs and line breaks are allowed.',
      ],
      [{ de: { submit: 5 } }, 'wording.de.submit', 'The "submit" wording must be text.'],
      [
        { de: { sumbit: 'Senden' } },
        'wording.de',
        expect.stringMatching(/^Unknown wording: sumbit\. Known: cesQuestion, /),
      ],
      [{ de: 'Senden' }, 'wording.de', 'The wording of a locale must be an object of texts.'],
      [{ de_DE: {} }, 'wording.de_DE', '"de_DE" is not a locale; write it like "de" or "pt-BR".'],
      [
        Object.fromEntries(
          ['de', 'fr', 'es', 'ja', 'en', 'it', 'nl', 'pt', 'sv', 'da', 'fi'].map((l) => [l, {}]),
        ),
        'wording',
        'Wording may be given for at most 10 locales.',
      ],
      [[], 'wording', 'Wording must be an object keyed by locale.'],
    ])('refuses %j on %s', (wording, field, message) => {
      expect(errorsOf({ wording })).toEqual([{ field, message }]);
    });
  });
});
