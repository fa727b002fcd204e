import type { SurveySettings } from './survey-settings';

/**
 * Whether resolutions in a project may be surveyed: every project when `enabledProjects` is
 * `'all'`, else only the listed keys (compared exactly; Jira keys are upper case). An empty list
 * surveys nothing.
 */
export function isProjectEnabled(
  settings: Pick<SurveySettings, 'enabledProjects'>,
  projectKey: string,
): boolean {
  return settings.enabledProjects === 'all' || settings.enabledProjects.includes(projectKey);
}
