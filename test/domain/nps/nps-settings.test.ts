import { parseSettings } from '../../../src/domain/settings/parse-settings';
import { applySettingsPatch } from '../../../src/domain/settings/settings-patch';
import { defaultSettings } from '../../../src/domain/settings/default-settings';
import { customerStateSchema } from '../../../src/domain/ticket/customer-state';

describe('NPS settings', () => {
  it('have defaults, and settings stored before NPS still parse', () => {
    const parsed = parseSettings({ enabledProjects: ['SD'], throttleDays: 14 });
    if (!parsed.ok) throw new Error('old settings must parse');
    expect(parsed.settings.throttleDays).toBe(14);
    expect(parsed.settings.nps).toEqual({
      enabledProjects: [],
      intervalDays: 90,
      recentDays: 180,
      samplingPercent: 100,
      quietDays: 7,
      followUpPassives: false,
      internalComment: false,
      reasons: {},
    });
  });

  it('are patched field by field, within their ranges', () => {
    const patched = applySettingsPatch(defaultSettings(), {
      nps: { enabledProjects: ['SD'], intervalDays: 120 },
    });
    if (!patched.ok) throw new Error('a valid patch must apply');
    expect(patched.settings.nps).toMatchObject({
      enabledProjects: ['SD'],
      intervalDays: 120,
      recentDays: 180,
    });
    expect(applySettingsPatch(defaultSettings(), { nps: { intervalDays: 29 } })).toEqual({
      ok: false,
      errors: [
        { field: 'nps.intervalDays', message: 'NPS interval must be a whole number of days from 30 to 365.' },
      ],
    });
    expect(applySettingsPatch(defaultSettings(), { nps: { intervals: 90 } })).toEqual({
      ok: false,
      errors: [{ field: 'nps', message: 'Unknown NPS setting: intervals.' }],
    });
    expect(
      applySettingsPatch(defaultSettings(), { nps: { reasons: { de: { detractor: ['x'.repeat(61)] } } } }),
    ).toEqual({
      ok: false,
      errors: [
        {
          field: 'nps.reasons.de.detractor.0',
          message: 'A detractor reason must be at most 60 characters long.',
        },
      ],
    });
  });

  it('leave customer records stored before NPS readable', () => {
    const old = customerStateSchema.parse({ accountId: 'a', surveyed: [], recent: [] });
    expect(old.nps).toEqual({ lastResolved: null, cycles: 0, current: null, lastSkip: null, followUps: [] });
  });
});
