/**
 * Requests that another client gets in first: a hook registered for an operation runs before the
 * store answers the next call of that operation, as a concurrent writer's request that reached
 * Forge's service first would. Tests use it to put a write between an app's read and its
 * conditional write, which no amount of parallel calls can place deterministically.
 */
export type InterleavedHook = () => unknown;

export class Interleavings {
  private readonly pending = new Map<string, Array<{ hook: InterleavedHook; left: number }>>();

  /** Runs `hook` before each of the next `times` calls of `operation` (e.g. `transaction`). */
  add(operation: string, hook: InterleavedHook, times: number): void {
    if (!(times >= 1)) throw new Error(`An interleaved hook runs at least once, not ${times} times.`);
    const hooks = this.pending.get(operation) ?? [];
    hooks.push({ hook, left: times });
    this.pending.set(operation, hooks);
  }

  /** The hook due before this call, counted as used; `undefined` when none is waiting. */
  take(operation: string): InterleavedHook | undefined {
    const hooks = this.pending.get(operation);
    const first = hooks?.[0];
    if (!hooks || !first) return undefined;
    first.left -= 1;
    if (first.left <= 0) hooks.shift();
    if (hooks.length === 0) this.pending.delete(operation);
    return first.hook;
  }
}
