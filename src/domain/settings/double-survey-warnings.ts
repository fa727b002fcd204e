import { isProjectEnabled } from './project-scope';
import type { SurveySettings } from './survey-settings';

export interface DoubleSurveyWarning {
  project: string;
  message: string;
}

/**
 * Projects where customers would get two surveys for one request: this app's and JSM's own
 * satisfaction survey. A warning, not an error: the administrator may be migrating on purpose.
 *
 * @returns one warning per such project, in the order of `jsmSurveyProjects`; empty when none.
 */
export function doubleSurveyWarnings(settings: SurveySettings): DoubleSurveyWarning[] {
  return settings.jsmSurveyProjects
    .filter((project) => isProjectEnabled(settings, project))
    .map((project) => ({
      project,
      message: `${project}: JSM's own satisfaction survey is also on, so customers get two surveys for one request. Turn it off in the project's settings, or exclude ${project} here.`,
    }));
}
