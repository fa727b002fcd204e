/** Short-lived copies of computed answers, so a dashboard watched all day does not multiply reads. */
export interface AnswerCache {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlSeconds: number): Promise<void>;
}
