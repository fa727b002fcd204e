import { settingsSchema, type MetricSettings } from '../metrics/settings';
import type { SurveySettings } from './survey-settings';

/**
 * The calculator's settings from the administrator's: CES threshold, targets, the MTTA priority
 * classes and targets (minutes on the admin page, seconds in the calculator) and the Experience
 * Index weights. `targets` overrides some targets (a gadget's own).
 */
export function metricSettingsOf(
  settings: SurveySettings,
  targets: Partial<MetricSettings['targets']> = {},
): MetricSettings {
  return settingsSchema.parse({
    cesThreshold: settings.cesThreshold,
    targets: { ...settings.targets, ...targets },
    mtta: {
      highPriorities: settings.mtta.highPriorities,
      highTargetSeconds: Math.round(settings.mtta.highTargetMinutes * 60),
      standardTargetSeconds: Math.round(settings.mtta.standardTargetMinutes * 60),
    },
    weights: settings.weights,
  });
}
