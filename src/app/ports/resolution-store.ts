import type { ResolutionEvent } from '../../domain/resolution/events';

/** Read views over recorded resolutions (recorded with each ticket, see TicketStore). */
export interface ResolutionStore {
  historyOf(issueId: string): Promise<ResolutionEvent[]>;
  /** How many resolutions of the project fall on each of the given calendar days (UTC). */
  resolutionsOn(projectKey: string, days: string[]): Promise<number[]>;
  overview(): Promise<{ recordedEvents: number; projects: string[] }>;
}
