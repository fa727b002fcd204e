import type { GadgetConfig, ResolutionsPerDay } from '../../contract/resolvers';
import { calendarDays } from '../../domain/resolution/daily';
import type { ResolutionStore } from '../ports/resolution-store';

/** Resolutions per calendar day (UTC) for the gadget's project, over its last `days` days. */
export async function readResolutionsPerDay(
  store: ResolutionStore,
  config: GadgetConfig,
  now: Date,
): Promise<ResolutionsPerDay> {
  const days = calendarDays(now, config.days);
  const counts = await store.resolutionsOn(config.projectKey, days);
  return {
    projectKey: config.projectKey,
    days: days.map((date, index) => ({ date, resolved: counts[index] ?? 0 })),
  };
}
