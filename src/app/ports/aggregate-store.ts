import type { PeriodAggregate } from '../../domain/aggregates/day-aggregate';
import type { Fact } from '../../domain/facts/ticket-facts';

export interface ProjectPeriod {
  /** A project key, or `SITE` for the site-wide values (totals only). */
  projectKey: string;
  /** A day, block or month (see domain/aggregates/periods.ts). */
  period: string;
}

export type ProjectDay = { projectKey: string; day: string };

/** Stored facts and the period aggregates built from them. */
export interface AggregateStore {
  factsOfDay(projectKey: string, day: string): Promise<Fact[]>;
  /** Every stored fact, a page at a time (for the export). */
  factsPage(cursor?: string): Promise<{ facts: Fact[]; cursor?: string }>;
  /** Rebuild markers of one day (opaque keys, deleted once the rebuild that saw them is saved). */
  markersOfDay(projectKey: string, day: string): Promise<string[]>;
  /** Marks days for a rebuild (a full rebuild marks every day that has facts). */
  markDays(days: ProjectDay[], reason: string): Promise<void>;
  /** Every day with a rebuild marker, a page at a time. */
  markedDays(cursor?: string): Promise<{ days: ProjectDay[]; cursor?: string }>;
  /**
   * Aggregates of the given periods; absent ones are left out. `totals` leaves the breakdowns
   * out (they are stored apart, so figures of the whole read a fraction of the bytes).
   */
  read(periods: ProjectPeriod[], part: 'totals' | 'breakdowns'): Promise<PeriodAggregate[]>;
  /**
   * Stores a project day and the periods above it (totals and breakdowns), notes the project and
   * marks the day for the site-wide values, then clears the day's markers that were seen.
   */
  saveProjectChain(levels: PeriodAggregate[], clearMarkers: string[]): Promise<void>;
  /** Markers left by project rebuilds of one day, not yet folded into the site-wide values. */
  siteMarkersOfDay(day: string): Promise<string[]>;
  /** Every day with a site marker, a page at a time. */
  markedSiteDays(cursor?: string): Promise<{ days: string[]; cursor?: string }>;
  /** Stores the site-wide totals of a day and the periods above it, then clears the seen markers. */
  saveSiteChain(levels: PeriodAggregate[], clearMarkers: string[]): Promise<void>;
  /** Every project that has aggregates. */
  projects(): Promise<string[]>;
}
