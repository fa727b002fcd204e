import type { ProjectDay } from './aggregate-store';
import type { QueueCost } from './chain-step';

/**
 * Asks for aggregates to be rebuilt soon: a project's days (one rebuild per project month at a
 * time) and the site-wide values of days (one rebuild per month at a time). A set of days is asked
 * for as one event per project month (per month for the site), so what a request costs on the
 * queue follows the months it touches, not the tickets behind them. Answers what it cost,
 * counting the one site-wide request each project month's rebuild makes in turn.
 */
export interface RollupQueue {
  schedule(days: ProjectDay[]): Promise<QueueCost>;
  scheduleSite(days: string[]): Promise<QueueCost>;
}
