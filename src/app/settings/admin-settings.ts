import type { AdminSettings } from '../../contract/survey';
import { availableLocales } from '../../domain/i18n/messages-for';
import { doubleSurveyWarnings } from '../../domain/settings/double-survey-warnings';
import { applySettingsPatch } from '../../domain/settings/settings-patch';
import { sameMttaRule } from '../../domain/metrics/mtta';
import { metricSettingsOf } from '../../domain/settings/metric-settings-of';
import { startRebuild } from '../aggregates/rebuild-aggregates';
import { AppError } from '../errors';
import { requireJiraAdmin } from '../require-jira-admin';
import type { ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';

type Deps = { settings: SettingsStore; desk: ServiceDesk };
type SaveDeps = Deps & Parameters<typeof startRebuild>[0];

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

/**
 * Applies a partial change; an invalid one is refused field by field and nothing is saved. A
 * change of the MTTA priority classes or targets starts a rebuild of the figures, whose buckets
 * judged each acknowledgement by the old ones (until it is done their within-target share is not
 * shown; every other figure reads as before).
 */
export async function saveAdminSettings(deps: SaveDeps, patch: unknown): Promise<AdminSettings> {
  await requireJiraAdmin(deps.desk, 'see and change these settings');
  const before = await deps.settings.get();
  const result = applySettingsPatch(before, patch);
  if (!result.ok) {
    throw new AppError('INVALID_INPUT', result.errors.map((error) => error.message).join(' '), result.errors);
  }
  await deps.settings.save(result.settings);
  if (!sameMttaRule(metricSettingsOf(before).mtta, metricSettingsOf(result.settings).mtta)) {
    await rebuildUnderNewRule(deps);
  }
  return present(deps, result.settings);
}

/** Starts the rebuild; one already running is restarted from the beginning, under the new rule. */
async function rebuildUnderNewRule(deps: SaveDeps): Promise<void> {
  const running = await deps.rebuild.get();
  if (running?.state === 'running') {
    // Days it already scanned were built under the old rule: end it, and scan again from the start.
    await deps.rebuild.save({ ...running, state: 'done', updatedAt: deps.now().toISOString() });
  }
  await startRebuild(deps);
}
