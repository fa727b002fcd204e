import type { AdminSettings } from '../../contract/survey';
import { availableLocales } from '../../domain/i18n/messages-for';
import { doubleSurveyWarnings } from '../../domain/settings/double-survey-warnings';
import { applySettingsPatch } from '../../domain/settings/settings-patch';
import { AppError } from '../errors';
import { requireJiraAdmin } from '../require-jira-admin';
import type { ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';

type Deps = { settings: SettingsStore; desk: ServiceDesk };

async function present(deps: Deps, settings: AdminSettings['settings']): Promise<AdminSettings> {
  return {
    settings,
    warnings: doubleSurveyWarnings(settings),
    locales: availableLocales(settings.wording),
    projects: await deps.desk.projectsVisibleToViewer(),
  };
}

export async function readAdminSettings(deps: Deps): Promise<AdminSettings> {
  await requireJiraAdmin(deps.desk, 'see and change these settings');
  return present(deps, await deps.settings.get());
}

/** Applies a partial change; an invalid one is refused field by field and nothing is saved. */
export async function saveAdminSettings(deps: Deps, patch: unknown): Promise<AdminSettings> {
  await requireJiraAdmin(deps.desk, 'see and change these settings');
  const result = applySettingsPatch(await deps.settings.get(), patch);
  if (!result.ok) {
    throw new AppError('INVALID_INPUT', result.errors.map((error) => error.message).join(' '), result.errors);
  }
  await deps.settings.save(result.settings);
  return present(deps, result.settings);
}
