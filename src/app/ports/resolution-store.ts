import type { ResolutionEvent } from '../../domain/resolution/events';

/** Where resolution and reopen events are kept. Recording the same changelog twice is a no-op. */
export interface ResolutionStore {
  record(event: ResolutionEvent): Promise<'recorded' | 'duplicate'>;
  historyOf(issueId: string): Promise<ResolutionEvent[]>;
  /** How many resolutions of the project fall on each of the given calendar days (UTC). */
  resolutionsOn(projectKey: string, days: string[]): Promise<number[]>;
  overview(): Promise<{ recordedEvents: number; projects: string[] }>;
}
