import type { ProjectDay } from './aggregate-store';

/**
 * Asks for aggregates to be rebuilt soon: a project's days (one rebuild per project month at a
 * time) and the site-wide values of days (one rebuild per month at a time).
 */
export interface RollupQueue {
  schedule(days: ProjectDay[]): Promise<void>;
  scheduleSite(days: string[]): Promise<void>;
}
