/**
 * The runtime's clock. Everything in the local world — handlers, the simulated site, scheduled
 * triggers, delayed events and queue deliveries — reads this clock, so a test or a demo can move
 * time forward by hours and see what production would do over that time.
 *
 * `real` runs with wall time plus an offset that `advance` grows; `manual` stands still until
 * advanced. Timers due at or before the new time run in time order when the clock moves.
 */
export type ClockMode = 'real' | 'manual';

interface Timer {
  id: number;
  at: number;
  run: () => void | Promise<void>;
}

const wallNow = Date.now.bind(Date);

export class Clock {
  private offsetMs = 0;
  private frozenAt: number;
  private timers: Timer[] = [];
  private nextId = 1;
  private wake: NodeJS.Timeout | undefined;

  constructor(
    readonly mode: ClockMode = 'real',
    start?: Date,
  ) {
    this.frozenAt = start?.getTime() ?? wallNow();
    if (mode === 'real' && start) this.offsetMs = start.getTime() - wallNow();
  }

  now(): number {
    return this.mode === 'manual' ? this.frozenAt : wallNow() + this.offsetMs;
  }

  date(): Date {
    return new OriginalDate(this.now());
  }

  /** Moves time forward and runs every timer that falls due, in time order. */
  async advance(seconds: number): Promise<void> {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError('The clock only moves forward.');
    const target = this.now() + seconds * 1000;
    // Step through due timers one by one so a timer that schedules another earlier than the
    // target still runs within this advance, at its own moment.
    for (;;) {
      const next = this.timers[0];
      if (!next || next.at > target) break;
      this.timers.shift();
      this.moveTo(Math.max(next.at, this.now()));
      await next.run();
    }
    this.moveTo(target);
    this.arm();
  }

  /** Runs `run` when the clock reaches `at` (ms since epoch). */
  schedule(at: number, run: () => void | Promise<void>): number {
    const timer = { id: this.nextId++, at, run };
    const index = this.timers.findIndex((candidate) => candidate.at > at);
    if (index === -1) this.timers.push(timer);
    else this.timers.splice(index, 0, timer);
    this.arm();
    return timer.id;
  }

  cancel(id: number): void {
    this.timers = this.timers.filter((timer) => timer.id !== id);
    this.arm();
  }

  pending(): number {
    return this.timers.length;
  }

  stop(): void {
    if (this.wake) clearTimeout(this.wake);
    this.wake = undefined;
    this.timers = [];
  }

  private moveTo(at: number): void {
    if (this.mode === 'manual') this.frozenAt = at;
    else this.offsetMs = at - wallNow();
  }

  /** In real mode, wakes up for the earliest timer. Manual mode only moves on `advance`. */
  private arm(): void {
    if (this.wake) clearTimeout(this.wake);
    this.wake = undefined;
    const next = this.timers[0];
    if (this.mode !== 'real' || !next) return;
    this.wake = setTimeout(
      () => void this.advance(0),
      Math.max(0, Math.min(next.at - this.now(), 2 ** 31 - 1)),
    );
    this.wake.unref();
  }
}

const OriginalDate = Date;

/**
 * Makes `Date.now()` and `new Date()` read the runtime clock, so handlers that take "now" from
 * the platform (as production code does) live in the same simulated time as everything else.
 * Returns a function that restores the real Date.
 */
export function installClock(clock: Clock): () => void {
  class ClockDate extends OriginalDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.now());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return clock.now();
    }
  }
  globalThis.Date = ClockDate as DateConstructor;
  return () => {
    globalThis.Date = OriginalDate;
  };
}
