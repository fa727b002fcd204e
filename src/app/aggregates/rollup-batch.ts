import type { ProjectDay } from '../ports/aggregate-store';
import { NO_COST, type QueueCost } from '../ports/chain-step';
import type { RollupQueue } from '../ports/rollup-queue';

/**
 * Collects the days that a run of commits asks to rebuild (a page of a backfill, a
 * sweep), so they are asked for once, as one set, rather than once per ticket. The days are
 * already marked in storage by each commit, so a set that is never sent is still rebuilt by the
 * scheduled catch-up.
 */
export class RollupBatch implements RollupQueue {
  private readonly days = new Map<string, ProjectDay>();
  private readonly siteDays = new Set<string>();

  schedule(days: ProjectDay[]): Promise<QueueCost> {
    for (const day of days) this.days.set(`${day.projectKey}:${day.day}`, day);
    return Promise.resolve(NO_COST);
  }

  scheduleSite(days: string[]): Promise<QueueCost> {
    for (const day of days) this.siteDays.add(day);
    return Promise.resolve(NO_COST);
  }

  get empty(): boolean {
    return this.days.size === 0 && this.siteDays.size === 0;
  }

  /**
   * Asks `queue` for every day collected, if any, and never throws: a refused or failed request
   * is only logged, since every day is still marked and the scheduled catch-up asks again.
   */
  async sendOrLeaveToCatchUp(queue: RollupQueue, after: string): Promise<void> {
    if (this.empty) return;
    await this.sendTo(queue).catch((error: unknown) =>
      console.warn(`Rollup request after ${after} failed; the scheduled catch-up will ask again:`, error),
    );
  }

  /** Asks `queue` for every day collected; answers what that cost. */
  async sendTo(queue: RollupQueue): Promise<QueueCost> {
    const project = this.days.size > 0 ? await queue.schedule([...this.days.values()]) : NO_COST;
    const site = this.siteDays.size > 0 ? await queue.scheduleSite([...this.siteDays]) : NO_COST;
    return { pushes: project.pushes + site.pushes, events: project.events + site.events };
  }
}
