import type { PeriodAggregate } from '../../domain/facts/day-aggregate';
import type { DayFacts } from '../../domain/facts/ticket-facts';

export interface ProjectPeriod {
  projectKey: string;
  /** `YYYY-MM-DD` (a day) or `YYYY-MM` (a month). */
  period: string;
}

/** Stored facts and the period aggregates built from them. */
export interface AggregateStore {
  factsOfDay(projectKey: string, day: string): Promise<DayFacts[]>;
  /** Every stored fact, a page at a time (for the export). */
  factsPage(cursor?: string): Promise<{ facts: DayFacts[]; cursor?: string }>;
  /** Rebuild markers of one day (opaque keys, deleted once the rebuild that saw them is saved). */
  markersOfDay(projectKey: string, day: string): Promise<string[]>;
  /** Marks days for a rebuild (a full rebuild marks every day that has facts). */
  markDays(days: Array<{ projectKey: string; day: string }>, reason: string): Promise<void>;
  /** Every day with a rebuild marker, a page at a time. */
  markedDays(cursor?: string): Promise<{ days: Array<{ projectKey: string; day: string }>; cursor?: string }>;
  /**
   * Aggregates of the given periods; absent ones are left out. `totals` leaves the breakdowns
   * out (they are stored apart, so figures of the whole read a fraction of the bytes).
   */
  read(periods: ProjectPeriod[], part: 'totals' | 'breakdowns'): Promise<PeriodAggregate[]>;
  save(aggregate: PeriodAggregate, clearMarkers: string[]): Promise<void>;
}
