import { TZDate } from '@date-fns/tz';
import { format, subDays } from 'date-fns';
import type { GadgetConfiguration, ResolvedWindow } from '../../contract/gadgets';
import type { MetricSettings } from '../../domain/metrics/settings';
import { INGEST_PROJECT } from '../../domain/ingest/ingest-facts';
import { TARGETED_METRICS } from '../../domain/report/figures';
import { metricSettingsOf } from '../../domain/settings/metric-settings-of';
import type { SurveySettings } from '../../domain/settings/survey-settings';
import { AppError } from '../errors';
import { SERVICENOW_PROJECT } from '../../domain/servicenow/record-facts';
import type { ServiceDesk } from '../ports/service-desk';
import type { WindowSource } from './window-aggregate';

/** What a gadget render works on: the projects the viewer may see, the days, and the targets. */
export interface GadgetScope {
  window: ResolvedWindow;
  /** Where the window's aggregates come from: the projects, and whether site-wide values may serve. */
  source: WindowSource;
  requestTypes: string[];
  /** The JSM projects in scope, and whether ServiceNow's records are (for side-by-side figures and the source breakdown). */
  sources: { jsm: string[]; serviceNow: boolean };
  metricSettings: MetricSettings;
  settings: SurveySettings;
}

/**
 * Resolves a gadget's configuration for one viewer. Projects are limited to those the viewer may
 * browse, asked of Jira as the viewer, so a gadget shared on a dashboard never shows a viewer
 * data from a project they cannot open. Days are calendar days of the app's reporting time zone,
 * the zone the aggregates are kept in.
 */
export async function resolveScope(
  deps: { desk: ServiceDesk; now: () => Date },
  settings: SurveySettings,
  config: GadgetConfiguration,
): Promise<GadgetScope> {
  return scopeFor(deps, settings, config, await visibleProjects(deps.desk));
}

/** The keys of the projects the viewer may browse, asked of Jira as the viewer, sorted. */
export async function visibleProjects(desk: ServiceDesk): Promise<string[]> {
  return (await desk.projectsVisibleToViewer()).map((project) => project.key).sort();
}

/** `resolveScope` for a viewer whose browsable projects are already known. */
export function scopeFor(
  deps: { now: () => Date },
  settings: SurveySettings,
  config: GadgetConfiguration,
  visible: readonly string[],
): GadgetScope {
  const chosen =
    config.projects.length === 0 ? visible : config.projects.filter((key) => visible.includes(key));
  if (chosen.length === 0) {
    throw new AppError('FORBIDDEN', 'You cannot browse any of the projects this gadget reports on.');
  }
  // ServiceNow's records are the site's other desk: shown to whoever may browse one of the
  // gadget's service projects (docs/decisions.md, "ServiceNow beside JSM"). Project and request
  // type filters are JSM's; ServiceNow's records are counted whole.
  const jsm = config.source === 'servicenow' ? [] : [...chosen].sort();
  const serviceNow = config.source !== 'jsm';
  const timeZone = settings.reportingTimeZone;
  const today = format(new TZDate(deps.now().getTime(), timeZone), 'yyyy-MM-dd');
  const [from, to] =
    'preset' in config.period
      ? [
          format(subDays(new TZDate(deps.now().getTime(), timeZone), config.period.preset - 1), 'yyyy-MM-dd'),
          today,
        ]
      : [config.period.from, config.period.to];
  const sorted = [...jsm, ...(serviceNow ? [SERVICENOW_PROJECT] : [])];
  return {
    window: { from, to, timeZone, projects: sorted },
    // Site-wide values hold every project and request type: only an unfiltered gadget may use them.
    // Records from outside Jira (availability samples, self-service sessions) belong to no project
    // and are shown to every viewer beside the projects' own figures.
    source: {
      projects: [...sorted, INGEST_PROJECT],
      siteWide: config.projects.length === 0 && config.requestTypes.length === 0 && config.source === 'both',
    },
    requestTypes: config.requestTypes,
    sources: { jsm, serviceNow },
    settings,
    metricSettings: metricSettingsOf(settings, gadgetTargets(config.targets)),
  };
}

/**
 * A gadget's own targets, for the metrics whose target is an app setting; a target an older
 * gadget saved for another metric (TTV, AHT, a single MTTA target) is not read.
 */
function gadgetTargets(targets: GadgetConfiguration['targets']): Partial<MetricSettings['targets']> {
  return Object.fromEntries(
    TARGETED_METRICS.filter((metric) => targets[metric] !== undefined).map((metric) => [
      metric,
      targets[metric],
    ]),
  );
}
