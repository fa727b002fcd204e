import type { GadgetConfiguration, GadgetKind, GadgetOptions } from '../../contract/gadgets';
import { defaultGadgetConfiguration } from '../../contract/gadget-configuration';
import type { AggregateStore } from '../ports/aggregate-store';
import type { AnswerCache } from '../ports/answer-cache';
import type { ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketStore } from '../ports/ticket-store';
import { drilldown, exportCsv } from './drilldown';
import { breakdown, distribution, scorecard, trend } from './gadget-queries';
import { resolveScope, scopeFor, visibleProjects } from './gadget-scope';

export type GadgetDeps = {
  aggregates: AggregateStore;
  tickets: TicketStore;
  settings: SettingsStore;
  desk: ServiceDesk;
  cache: AnswerCache;
  now: () => Date;
};

/** How long a computed gadget answer is reused: aggregates change at most every half minute. */
export const CACHE_SECONDS = 300;

export interface GadgetCall {
  moduleKey: string;
  config: GadgetConfiguration;
}

const computations = { scorecard, trend, breakdown, distribution } satisfies Record<GadgetKind, unknown>;

/**
 * A gadget's answer for one viewer. The viewer's projects are asked of Jira on every render (so a
 * lost permission counts at once); the answer depends only on them and the configuration, so it is
 * cached under both: everyone watching a dashboard with the same access shares one computation,
 * and a cached render costs one storage read.
 */
export async function gadgetAnswer<K extends GadgetKind>(
  deps: GadgetDeps,
  kind: K,
  call: GadgetCall,
): Promise<Awaited<ReturnType<(typeof computations)[K]>>> {
  const visible = await visibleProjects(deps.desk);
  const key = JSON.stringify([kind, call.config, visible]);
  const cached = await deps.cache.get<Awaited<ReturnType<(typeof computations)[K]>>>(key);
  if (cached !== undefined) return cached;
  const scope = scopeFor(deps, await deps.settings.get(), call.config, visible);
  const answer = (await computations[kind](deps, scope, call.config)) as Awaited<
    ReturnType<(typeof computations)[K]>
  >;
  await deps.cache.set(key, answer, CACHE_SECONDS);
  return answer;
}

export async function gadgetDrilldown(
  deps: GadgetDeps,
  call: GadgetCall,
  request: { key?: string; cursor?: string },
) {
  const scope = await resolveScope(deps, await deps.settings.get(), call.config);
  return drilldown(deps, scope, call.config, request);
}

export async function gadgetExport(deps: GadgetDeps, call: GadgetCall, key: string | undefined) {
  const scope = await resolveScope(deps, await deps.settings.get(), call.config);
  return exportCsv(deps, scope, call.config, key);
}

/** What the edit view offers: the viewer's projects, their request types, and the defaults. */
export async function gadgetOptions(deps: Pick<GadgetDeps, 'desk' | 'settings'>): Promise<GadgetOptions> {
  const [projects, settings] = await Promise.all([deps.desk.projectsVisibleToViewer(), deps.settings.get()]);
  const requestTypes = (
    await Promise.all(projects.map((project) => deps.desk.requestTypesOf(project.key)))
  ).flat();
  return {
    projects,
    requestTypes,
    defaults: { ...defaultGadgetConfiguration(), timeZone: settings.reportingTimeZone },
  };
}
