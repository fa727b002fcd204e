/**
 * Operation counts for benchmarks. Forge meters reads and writes in 10 KB units, each item rounded up
 * (a 25 KB value is 3 units), so a benchmark can compare an access pattern against the per-installation
 * quota of 4,000 read units and 4,000 write units a minute.
 *
 * `reads` and `writes` count items: a batch of 5 is 5, a transaction counts each set and delete as a
 * write and each check as a read, and a query counts one read plus one per item returned beyond the
 * first, its units being the sum over the items returned (at least 1).
 */
import { meterUnits } from './kvs-limits';

export interface KvsStats {
  reads: number;
  writes: number;
  readUnits: number;
  writeUnits: number;
  /** Requests per wire operation (`get`, `batch/set`, `entity/query`, `transaction`, …), rejected ones included. */
  operations: Record<string, number>;
  /** Requests answered with an error status. */
  rejected: number;
  keysStored: number;
  bytesStored: number;
}

export type Counters = Omit<KvsStats, 'keysStored' | 'bytesStored'>;

export class Meter {
  private counters: Counters = Meter.empty();

  operation(name: string): void {
    this.counters.operations[name] = (this.counters.operations[name] ?? 0) + 1;
  }

  rejection(): void {
    this.counters.rejected += 1;
  }

  /** One item read; `bytes` is 0 for a miss, which still costs a unit. */
  read(bytes: number): void {
    this.counters.reads += 1;
    this.counters.readUnits += meterUnits(bytes);
  }

  /** A query is one read request whose units cover every item it returned. */
  query(itemBytes: readonly number[]): void {
    this.counters.reads += Math.max(1, itemBytes.length);
    this.counters.readUnits += Math.max(
      1,
      itemBytes.reduce((sum, bytes) => sum + meterUnits(bytes), 0),
    );
  }

  write(bytes: number): void {
    this.counters.writes += 1;
    this.counters.writeUnits += meterUnits(bytes);
  }

  snapshot(): Counters {
    return { ...this.counters, operations: { ...this.counters.operations } };
  }

  reset(): void {
    this.counters = Meter.empty();
  }

  private static empty(): Counters {
    return { reads: 0, writes: 0, readUnits: 0, writeUnits: 0, operations: {}, rejected: 0 };
  }
}
