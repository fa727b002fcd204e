import { failure, type InstanceReply } from './reply';

/**
 * An inbound REST rate-limit rule (`sys_rate_limit_rules`) for everyone: `perHour` requests per user
 * per clock hour. Every answer under the rule carries `X-RateLimit-Limit`, `X-RateLimit-Reset`
 * (Unix seconds) and `X-RateLimit-Rule`; past the limit the answer is 429 with `Retry-After`
 * (seconds) and the failure body "Rate limit exceeded" [12][13]. (ServiceNow commits node counts
 * every 30 s, so a real limit is approximate; this one is exact.)
 */
export interface RateLimitRule {
  perHour: number;
  /** The rule's sys_id, sent in `X-RateLimit-Rule`. */
  id?: string;
}

export class RateLimiter {
  private readonly counts = new Map<string, { hour: number; count: number }>();

  constructor(private readonly rule: RateLimitRule | undefined) {}

  /** Counts one call; answers the 429 when over the limit, else the headers to add. */
  take(userName: string, now: Date): { refused?: InstanceReply; headers: Record<string, string> } {
    if (!this.rule) return { headers: {} };
    const hour = Math.floor(now.getTime() / 3_600_000);
    const entry = this.counts.get(userName);
    const count = entry && entry.hour === hour ? entry.count + 1 : 1;
    this.counts.set(userName, { hour, count });
    const reset = (hour + 1) * 3600;
    const headers = {
      'X-RateLimit-Limit': String(this.rule.perHour),
      'X-RateLimit-Reset': String(reset),
      'X-RateLimit-Rule': this.rule.id ?? 'rest-all-users',
    };
    if (count <= this.rule.perHour) return { headers };
    const refused = failure(
      429,
      'Rate limit exceeded',
      `More than ${this.rule.perHour} requests in this hour`,
    );
    const retryAfter = Math.max(1, reset - Math.floor(now.getTime() / 1000));
    return { refused: { ...refused, headers: { ...headers, 'Retry-After': String(retryAfter) } }, headers };
  }
}
