import { defaultSettings, doubleSurveyWarnings, parseSettings } from '../../../src/domain/settings';

const settings = (value: unknown) => {
  const result = parseSettings(value);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.settings;
};

describe('doubleSurveyWarnings', () => {
  it('is empty by default', () => {
    expect(doubleSurveyWarnings(defaultSettings())).toEqual([]);
  });

  it('warns for each surveyed project where JSM’s own survey is on', () => {
    const warnings = doubleSurveyWarnings(settings({ jsmSurveyProjects: ['SD', 'HR'] }));
    expect(warnings.map((warning) => warning.project)).toEqual(['SD', 'HR']);
    expect(warnings[0]?.message).toBe(
      "SD: JSM's own satisfaction survey is also on, so customers get two surveys for one request. Turn it off in the project's settings, or exclude SD here.",
    );
  });

  it('does not warn for projects this app does not survey', () => {
    expect(
      doubleSurveyWarnings(settings({ enabledProjects: ['IT'], jsmSurveyProjects: ['SD', 'IT'] })).map(
        (w) => w.project,
      ),
    ).toEqual(['IT']);
  });
});
