/** Asks for the aggregates of some project days to be rebuilt soon, one rebuild per day at a time. */
export interface RollupQueue {
  schedule(days: Array<{ projectKey: string; day: string }>): Promise<void>;
}
