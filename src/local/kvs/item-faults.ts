/**
 * Injected failures of single items of a batch operation. Forge's batch calls "successfully
 * complete as many as possible" and report the rest in `failedKeys`
 * (https://developer.atlassian.com/platform/forge/storage-reference/entities-batch/), so an app must
 * cope with some items failing while the call itself succeeds. A rule fails the matching items of
 * its operation, each with the given code, for `times` items, or `timesEach` reads of every
 * matching key, or until cleared.
 */
export type BatchOperation = 'batch/get' | 'batch/set' | 'batch/delete';

export interface ItemFaultRule {
  /** Which batch operation; absent = all three. */
  operation?: BatchOperation;
  /** Tested against the item's key; absent = every key. */
  keyPattern?: RegExp;
  /** The code in `failedKeys[].error`; Forge publishes none for a transient item failure. */
  code?: string;
  message?: string;
  /** How many items fail before the rule is spent; absent = until cleared. */
  times?: number;
  /** Instead, how many times each matching key fails before it is read normally. */
  timesEach?: number;
}

export const DEFAULT_ITEM_FAULT = {
  code: 'INTERNAL_SERVER_ERROR',
  message: 'An internal server error has occurred.',
} as const;

interface Active {
  rule: ItemFaultRule;
  remaining: number | undefined;
  /** Failures so far per key, for `timesEach`. */
  failedPerKey: Map<string, number>;
}

export class ItemFaults {
  private rules: Active[] = [];

  add(rule: ItemFaultRule): void {
    for (const count of [rule.times, rule.timesEach]) {
      if (count !== undefined && (!Number.isInteger(count) || count < 1))
        throw new RangeError(`An item fault lasts for a positive whole number of items, not ${count}`);
    }
    if (rule.times !== undefined && rule.timesEach !== undefined)
      throw new RangeError(
        'An item fault counts either items (times) or failures per key (timesEach), not both',
      );
    this.rules.push({ rule, remaining: rule.times, failedPerKey: new Map() });
  }

  clear(): void {
    this.rules = [];
  }

  /** The failure for this item, consuming one of its rule's `times`; `undefined` when none applies. */
  take(operation: BatchOperation, key: string): { code: string; message: string } | undefined {
    this.rules = this.rules.filter((active) => active.remaining === undefined || active.remaining > 0);
    const active = this.rules.find(
      ({ rule, failedPerKey }) =>
        (rule.operation === undefined || rule.operation === operation) &&
        (rule.keyPattern === undefined || matches(rule.keyPattern, key)) &&
        (rule.timesEach === undefined || (failedPerKey.get(key) ?? 0) < rule.timesEach),
    );
    if (!active) return undefined;
    if (active.remaining !== undefined) active.remaining -= 1;
    active.failedPerKey.set(key, (active.failedPerKey.get(key) ?? 0) + 1);
    return {
      code: active.rule.code ?? DEFAULT_ITEM_FAULT.code,
      message: active.rule.message ?? DEFAULT_ITEM_FAULT.message,
    };
  }
}

/** A global or sticky RegExp keeps state between `test` calls; reset it so every item is judged alike. */
function matches(pattern: RegExp, key: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(key);
}
