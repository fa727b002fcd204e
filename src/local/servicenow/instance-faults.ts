import { failure, type InstanceReply } from './reply';

/**
 * Injected failures, checked before authentication so that an answer is what an overloaded or
 * broken instance sends: 429 (with `Retry-After`, and the rate-limit rule headers unless it stands
 * for exhausted API_INT semaphores, which send none [14]) or a 5xx. A fault lasts `times` calls,
 * or until `until`, or until removed.
 */
export interface InstanceFaultRule {
  status: number;
  /** Tested against the path and query; absent = every call. */
  pathPattern?: RegExp;
  times?: number;
  until?: Date;
  retryAfterSeconds?: number;
  /** For a 429: send `X-RateLimit-*` as a rate-limit rule does (default true). */
  ruleHeaders?: boolean;
}

export interface InstanceFaultHandle {
  remove(): void;
}

/** A list page the instance has just served: hooks run before the next call, to change records between pages. */
export interface ServedPage {
  table: string;
  offset: number;
  limit: number;
  query: string;
  rows: number;
  /** How many list pages the instance has served so far, this one included. */
  count: number;
}

export type PageHook = (page: ServedPage) => void;

export class InstanceFaultPlan {
  private faults: Array<{ rule: InstanceFaultRule; remaining?: number }> = [];
  private hooks: PageHook[] = [];
  served = 0;

  add(rule: InstanceFaultRule): InstanceFaultHandle {
    if (rule.status < 400 || rule.status > 599)
      throw new RangeError(`A fault needs an error status, not ${rule.status}`);
    const fault = { rule, remaining: rule.times };
    this.faults.push(fault);
    return { remove: () => (this.faults = this.faults.filter((f) => f !== fault)) };
  }

  /** A storm: every call answers 429 for `seconds` on the clock of `now`. */
  storm(now: Date, seconds: number, retryAfterSeconds = 1): InstanceFaultHandle {
    return this.add({ status: 429, until: new Date(now.getTime() + seconds * 1000), retryAfterSeconds });
  }

  /** Runs `hook` after every list page served, until removed. */
  afterPage(hook: PageHook): InstanceFaultHandle {
    this.hooks.push(hook);
    return { remove: () => (this.hooks = this.hooks.filter((h) => h !== hook)) };
  }

  clear(): void {
    this.faults = [];
    this.hooks = [];
  }

  take(pathAndQuery: string, now: Date): InstanceReply | undefined {
    this.faults = this.faults.filter((f) => live(f, now));
    const fault = this.faults.find(({ rule }) => {
      if (!rule.pathPattern) return true;
      rule.pathPattern.lastIndex = 0;
      return rule.pathPattern.test(pathAndQuery);
    });
    if (!fault) return undefined;
    if (fault.remaining !== undefined) fault.remaining -= 1;
    const { status, retryAfterSeconds } = fault.rule;
    if (status !== 429)
      return failure(status, status === 503 ? 'Service Unavailable' : 'Internal Server Error');
    const wait = retryAfterSeconds ?? 1;
    const answer = failure(429, 'Rate limit exceeded', 'Too many requests; retry later');
    const headers: Record<string, string> = { 'Retry-After': String(wait) };
    if (fault.rule.ruleHeaders !== false) {
      headers['X-RateLimit-Limit'] = '0';
      headers['X-RateLimit-Reset'] = String(Math.ceil(now.getTime() / 1000) + wait);
      headers['X-RateLimit-Rule'] = 'injected';
    }
    return { ...answer, headers };
  }

  pageServed(page: Omit<ServedPage, 'count'>): void {
    this.served += 1;
    for (const hook of [...this.hooks]) hook({ ...page, count: this.served });
  }
}

function live(fault: { rule: InstanceFaultRule; remaining?: number }, now: Date): boolean {
  if (fault.remaining !== undefined && fault.remaining <= 0) return false;
  return fault.rule.until === undefined || now.getTime() < fault.rule.until.getTime();
}
