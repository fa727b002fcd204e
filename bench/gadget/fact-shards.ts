/**
 * Where the benchmark keeps the app's `fact:` keys: one `LocalKvs` per project and month, behind
 * the runtime's storage, so the SDK still reaches them through `__forge_fetch__` and every request
 * is answered (and metered) by `LocalKvs` itself.
 *
 * Why: the local store answers a key query by scanning and sorting every key it holds (about
 * 400 ms a query at a million keys), and `stats()` serialises every stored value. With the million
 * responses' facts in one store, the naive baseline's thousands of prefix queries would take hours
 * and every stats read seconds. Forge indexes keys, so a prefix query costs about the same however
 * much else is stored; partitioning by project and month gives the local store the same property.
 * Nothing else changes: keys, values, pages and metering are `LocalKvs`'s own.
 */
import { keys } from '../../src/adapters/forge/keys';
import { LocalKvs, type KvsStats } from '../../src/local/kvs';

type Fetch = (path: string, init?: RequestInit) => Promise<Response>;

const FACT = keys.allFacts;
/** `fact:<project>:<YYYY-MM>` — the partition of a fact key or of a day's prefix. */
const SHARD = /^fact:([^:]+):(\d{4}-\d{2})/;

export class FactShards {
  private readonly shards = new Map<string, LocalKvs>();
  private readonly touched = new Set<LocalKvs>();
  private latencyMs = 0;
  /** Requests that reached a shard: the app's renders must make none. */
  requests = 0;

  /** The shard that holds `fact:<project>:<month>…` keys. */
  shard(projectKey: string, month: string): LocalKvs {
    const name = `${projectKey}:${month}`;
    let shard = this.shards.get(name);
    if (!shard) {
      shard = new LocalKvs({ latencyMs: this.latencyMs });
      this.shards.set(name, shard);
    }
    return shard;
  }

  /** Puts the shards behind `main`: requests naming fact keys go to their shard, the rest to `main`. */
  install(main: LocalKvs): void {
    const mainFetch: Fetch = main.fetch.bind(main);
    main.fetch = async (path, init) => {
      const body = typeof init?.body === 'string' ? init.body : undefined;
      if (body === undefined || !body.includes(`"${FACT}`)) return mainFetch(path, init);
      const target = this.route(path, JSON.parse(body) as unknown);
      if (!target) return mainFetch(path, init);
      this.requests += 1;
      this.touched.add(target);
      return target.fetch(path, init);
    };
  }

  setLatency(ms: number): void {
    this.latencyMs = ms;
    for (const shard of this.shards.values()) shard.setLatency(ms);
  }

  /** Counters of the shards used since the last reset, summed (stored totals are left out). */
  stats(): Pick<KvsStats, 'reads' | 'readUnits' | 'writes' | 'writeUnits' | 'operations'> {
    const sum = {
      reads: 0,
      readUnits: 0,
      writes: 0,
      writeUnits: 0,
      operations: {} as Record<string, number>,
    };
    for (const shard of this.touched) {
      const stats = shard.stats();
      sum.reads += stats.reads;
      sum.readUnits += stats.readUnits;
      sum.writes += stats.writes;
      sum.writeUnits += stats.writeUnits;
      for (const [name, count] of Object.entries(stats.operations))
        sum.operations[name] = (sum.operations[name] ?? 0) + count;
    }
    return sum;
  }

  resetStats(): void {
    for (const shard of this.touched) shard.resetStats();
    this.touched.clear();
    this.requests = 0;
  }

  /** Keys and value bytes held, over every shard. */
  totals(): { shards: number; keys: number; bytes: number } {
    let keys = 0;
    let bytes = 0;
    for (const shard of this.shards.values()) {
      const stats = shard.stats();
      keys += stats.keysStored;
      bytes += stats.bytesStored;
    }
    return { shards: this.shards.size, keys, bytes };
  }

  /**
   * The shard a request belongs to, or none when it names no fact key. A request that names fact
   * keys of several partitions, or facts beside other keys, is refused: the benchmark never makes
   * one, and answering it from one store would be wrong.
   */
  private route(path: string, body: unknown): LocalKvs | undefined {
    const names = keysOf(path, body);
    const facts = names.filter((name) => name.startsWith(FACT));
    if (facts.length === 0) return undefined;
    const partitions = new Set(facts.map((name) => SHARD.exec(name)?.slice(1, 3).join(':')));
    if (facts.length !== names.length || partitions.size !== 1 || partitions.has(undefined)) {
      throw new Error(
        `fact shards: ${path} names keys of several partitions: ${names.slice(0, 3).join(', ')}`,
      );
    }
    const [projectKey, month] = [...partitions][0]!.split(':') as [string, string];
    return this.shard(projectKey, month);
  }
}

/** The keys (or key prefix) a wire request names. */
function keysOf(path: string, body: unknown): string[] {
  const request = body as {
    key?: unknown;
    where?: Array<{ values?: unknown[] }>;
    operations?: unknown;
  } & Record<string, unknown>;
  if (path.endsWith('/query')) return [String(request.where?.[0]?.values?.[0] ?? '')];
  if (Array.isArray(body)) return body.map((item) => String((item as { key?: unknown }).key));
  if (typeof request.key === 'string') return [request.key];
  return JSON.stringify(body).includes(`"${FACT}`) ? [`${FACT}?`] : [];
}
