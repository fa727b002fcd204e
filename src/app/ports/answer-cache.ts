/** Short-lived copies of computed answers, so a dashboard watched all day does not multiply reads. */
export interface AnswerCache {
  /** Keys are any text naming everything the answer depends on; the store makes them fit. */
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlSeconds: number): Promise<void>;
}
