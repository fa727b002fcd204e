import { jiraError, type RouteResult } from './http';

/**
 * Injected failures, checked before a call is handled, so the app's retry and back-off paths run
 * against the same answers Jira gives: 429 with `Retry-After` (seconds), or a 5xx.
 * A fault lasts for `times` calls, or until `until`, or (with neither) until it is removed.
 */
export interface SiteFaultRule {
  /** Tested against the REST path including its query; absent = every path. */
  pathPattern?: RegExp;
  /** HTTP method to match; absent = every method. */
  method?: string;
  status: number;
  retryAfterSeconds?: number;
  times?: number;
  until?: Date;
}

export interface SiteFaultHandle {
  readonly id: number;
  remove(): void;
}

interface ActiveFault {
  id: number;
  rule: SiteFaultRule;
  remaining: number | undefined;
}

const MESSAGES: Record<number, string> = {
  429: 'Rate limit exceeded.',
  500: 'Internal server error.',
  502: 'Bad gateway.',
  503: 'Service unavailable.',
  504: 'Gateway timeout.',
};

export class SiteFaultPlan {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(rule: SiteFaultRule): SiteFaultHandle {
    if (rule.status < 400 || rule.status > 599)
      throw new RangeError(`A fault needs an error status, not ${rule.status}`);
    const fault: ActiveFault = { id: this.nextId++, rule, remaining: rule.times };
    this.faults.push(fault);
    return { id: fault.id, remove: () => this.remove(fault.id) };
  }

  remove(id: number): void {
    this.faults = this.faults.filter((fault) => fault.id !== id);
  }

  clear(): void {
    this.faults = [];
  }

  /** Faults still in force at `now`. */
  active(now: Date): SiteFaultRule[] {
    return this.faults.filter((fault) => isLive(fault, now)).map((fault) => fault.rule);
  }

  /** The first live fault matching this call, consuming one of its `times`; `undefined` if none. */
  take(method: string, restPath: string, now: Date): RouteResult | undefined {
    this.faults = this.faults.filter((fault) => isLive(fault, now));
    const fault = this.faults.find(
      ({ rule }) =>
        (rule.method === undefined || rule.method.toUpperCase() === method) &&
        (rule.pathPattern === undefined || testPattern(rule.pathPattern, restPath)),
    );
    if (!fault) return undefined;
    if (fault.remaining !== undefined) fault.remaining -= 1;
    const { status, retryAfterSeconds } = fault.rule;
    const result = jiraError(status, MESSAGES[status] ?? 'Request failed.');
    const retryAfter = retryAfterSeconds ?? (status === 429 ? 1 : undefined);
    return retryAfter === undefined ? result : { ...result, headers: { 'Retry-After': String(retryAfter) } };
  }
}

function isLive(fault: ActiveFault, now: Date): boolean {
  if (fault.remaining !== undefined && fault.remaining <= 0) return false;
  return fault.rule.until === undefined || now.getTime() < fault.rule.until.getTime();
}

/** A global or sticky RegExp keeps state between `test` calls; reset it so every call is judged alike. */
function testPattern(pattern: RegExp, path: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(path);
}
