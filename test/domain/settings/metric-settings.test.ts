import { computeMetrics } from '../../../src/domain/report/metrics';
import { mergeBuckets } from '../../../src/domain/buckets/merge';
import { settingsSchema } from '../../../src/domain/metrics/settings';
import { metricSettingsOf } from '../../../src/domain/settings/metric-settings-of';
import {
  applySettingsPatch,
  defaultSettings,
  parseSettings,
  SETTINGS_LIMITS,
} from '../../../src/domain/settings';

/** Settings as the first release stored them: no MTTA classes or targets, no index weights. */
const STORED_BEFORE = {
  enabledProjects: ['SD'],
  delayHours: 2,
  throttleDays: 30,
  samplingPercent: 100,
  excludedRequestTypes: [],
  expiryDays: 14,
  reminder: { enabled: false, afterDays: 7 },
  wording: {},
  lowScore: { csatAtMost: 2, cesAtMost: 3, internalComment: true },
  jsmSurveyProjects: [],
  reportingTimeZone: 'Europe/Berlin',
  cesThreshold: 5,
  targets: { csat: 90, ces: 80, nps: 50, ice: 85, fcr: 75, experienceIndex: 80 },
};

const errorsOf = (patch: unknown) => {
  const result = applySettingsPatch(defaultSettings(), patch);
  if (result.ok) throw new Error(`expected ${JSON.stringify(patch)} to be refused`);
  return result.errors;
};

describe('MTTA classes and targets, and Experience Index weights, as settings', () => {
  it('reads settings stored before they existed, with the defaults of metrics.md', () => {
    const result = parseSettings(STORED_BEFORE);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.settings.mtta).toEqual({
      highPriorities: ['Highest', 'High', 'Critical', 'Blocker', 'P1', 'P2'],
      highTargetMinutes: 15,
      standardTargetMinutes: 120,
    });
    expect(result.settings.weights).toEqual({
      csat: 1,
      ces: 1,
      nps: 1,
      fcr: 1,
      mtta: 1,
      availability: 1,
      selfService: 1,
    });
    expect(result.settings.targets.csat).toBe(90);
    // … and the calculator's settings from them are metrics.md's defaults but for what was stored.
    expect(metricSettingsOf(result.settings)).toEqual(
      settingsSchema.parse({ cesThreshold: 5, targets: STORED_BEFORE.targets }),
    );
  });

  it('gives the calculator the targets in seconds and the weights as set', () => {
    const result = applySettingsPatch(defaultSettings(), {
      mtta: { highPriorities: ['Urgent', 'urgent', ' P1 '], standardTargetMinutes: 30.5 },
      weights: { csat: 2, selfService: 0 },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.settings.mtta).toEqual({
      highPriorities: ['Urgent', 'P1'],
      highTargetMinutes: 15,
      standardTargetMinutes: 30.5,
    });
    const metric = metricSettingsOf(result.settings, { csat: 95 });
    expect(metric.mtta).toEqual({
      highPriorities: ['Urgent', 'P1'],
      highTargetSeconds: 900,
      standardTargetSeconds: 1830,
    });
    expect(metric.weights).toMatchObject({ csat: 2, selfService: 0, ces: 1 });
    expect(metric.targets.csat).toBe(95);
  });

  it('refuses bad values field by field, and nothing changes', () => {
    expect(errorsOf({ mtta: { highTargetMinutes: 0 } })).toEqual([
      {
        field: 'mtta.highTargetMinutes',
        message: 'MTTA target for high priorities must be a number of minutes from 1 to 10080.',
      },
    ]);
    expect(errorsOf({ mtta: { highPriorities: 'High' } })).toEqual([
      {
        field: 'mtta.highPriorities',
        message: 'High priorities must be a list of Jira priority names, such as "Highest" or "P1".',
      },
    ]);
    expect(errorsOf({ mtta: { highPriorities: ['High', '  '] } })).toEqual([
      { field: 'mtta.highPriorities.1', message: 'High priorities: a priority name cannot be empty.' },
    ]);
    const many = Array.from({ length: SETTINGS_LIMITS.priorities + 1 }, (_, index) => `P${index}`);
    expect(errorsOf({ mtta: { highPriorities: many } })).toEqual([
      { field: 'mtta.highPriorities', message: 'High priorities may list at most 50 names.' },
    ]);
    expect(errorsOf({ mtta: { highPriorities: ['x'.repeat(SETTINGS_LIMITS.idLength + 1)] } })).toEqual([
      {
        field: 'mtta.highPriorities.0',
        message: 'High priorities: each name must be at most 64 characters.',
      },
    ]);
    expect(errorsOf({ weights: { csat: -1, nps: 11 } })).toEqual([
      { field: 'weights.csat', message: 'CSAT weight must be a number from 0 to 10.' },
      { field: 'weights.nps', message: 'NPS weight must be a number from 0 to 10.' },
    ]);
    expect(errorsOf({ weights: { speed: 1 } })).toEqual([
      { field: 'weights', message: 'Unknown weight setting: speed.' },
    ]);
  });

  it('never breaks reading figures stored under the old targets', () => {
    const stored = mergeBuckets([], metricSettingsOf(defaultSettings()));
    const changed = applySettingsPatch(defaultSettings(), { mtta: { standardTargetMinutes: 10 } });
    if (!changed.ok) throw new Error('refused');
    const metrics = computeMetrics(stored, { asOf: 0, settings: metricSettingsOf(changed.settings) });
    expect(metrics.mtta.targetsChanged).toBe(true);
    expect(metrics.csat.value).toBeNull();
  });
});
