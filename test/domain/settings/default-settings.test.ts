import { defaultSettings, parseSettings } from '../../../src/domain/settings';

describe('defaultSettings', () => {
  it('works on install: every project, 1 h delay, 30-day throttle, everyone sampled, 14 days to answer', () => {
    expect(defaultSettings()).toEqual({
      enabledProjects: 'all',
      delayHours: 1,
      throttleDays: 30,
      samplingPercent: 100,
      excludedRequestTypes: [],
      expiryDays: 14,
      firstQuestion: 'ces',
      reminder: { enabled: false, afterDays: 7 },
      wording: {},
      lowScore: { csatAtMost: 2, cesAtMost: 3, internalComment: true },
      jsmSurveyProjects: [],
      nps: {
        enabledProjects: [],
        intervalDays: 90,
        recentDays: 180,
        samplingPercent: 100,
        quietDays: 7,
        followUpPassives: false,
        internalComment: false,
        reasons: {},
      },
      reportingTimeZone: 'UTC',
      cesThreshold: 6,
      targets: { csat: 85, ces: 80, nps: 50, ice: 85, fcr: 75, experienceIndex: 80 },
      mtta: {
        highPriorities: ['Highest', 'High', 'Critical', 'Blocker', 'P1', 'P2'],
        highTargetMinutes: 15,
        standardTargetMinutes: 120,
      },
      weights: { csat: 1, ces: 1, nps: 1, fcr: 1, mtta: 1, availability: 1, selfService: 1 },
    });
  });

  it('is what nothing stored and an empty object parse to', () => {
    expect(parseSettings(undefined)).toEqual({ ok: true, settings: defaultSettings() });
    expect(parseSettings({})).toEqual({ ok: true, settings: defaultSettings() });
  });

  it('gives a fresh object each time', () => {
    const mine = defaultSettings();
    mine.excludedRequestTypes.push('12');
    expect(defaultSettings().excludedRequestTypes).toEqual([]);
  });
});
