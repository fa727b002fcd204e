/**
 * Rendering a gadget through the app's real resolver, and reading what it cost from the store's
 * own meter.
 */
import { keys } from '../../src/adapters/forge/keys';
import type { Envelope } from '../../src/contract/envelope';
import type { GadgetConfiguration } from '../../src/contract/gadgets';
import { SITE } from '../../src/domain/aggregates/day-aggregate';
import { periodKind, planWindow } from '../../src/domain/aggregates/periods';
import { daysOf, previousWindow } from '../../src/domain/aggregates/window';
import type { KvsStats, LocalKvs } from '../../src/local/kvs';
import type { LocalSite } from '../../src/local/server/compose';

/** SDK requests that read: `get`, key `query`, `batch/get`, and their custom-entity forms. */
export const READ_OPERATIONS = ['get', 'query', 'batch/get', 'entity/get', 'entity/query'] as const;

export interface Cost {
  /** Read requests, by operation. */
  requests: number;
  operations: Record<string, number>;
  /** Items read, as Forge meters them (a batch of 25 is 25). */
  items: number;
  /** 10 KB read units. */
  units: number;
}

export function costOf(stats: Pick<KvsStats, 'reads' | 'readUnits' | 'operations'>): Cost {
  const operations = Object.fromEntries(
    READ_OPERATIONS.filter((name) => stats.operations[name]).map((name) => [name, stats.operations[name]!]),
  );
  return {
    requests: Object.values(operations).reduce((sum, count) => sum + count, 0),
    operations,
    items: stats.reads,
    units: stats.readUnits,
  };
}

export interface Render<T> {
  ms: number;
  data: T;
}

/** Calls a gadget resolver as the gadget's Custom UI `invoke` does, as `viewer`. */
export async function renderGadget<T>(
  local: LocalSite,
  viewer: string,
  gadget: { moduleKey: string; resolverKey: string },
  config: Partial<GadgetConfiguration>,
  localId: string,
): Promise<Render<T>> {
  const started = performance.now();
  const answer = (await local.runtime.invokeResolver(
    'resolver',
    {
      moduleKey: gadget.moduleKey,
      accountId: viewer,
      accountType: 'licensed',
      localId,
      extension: { type: 'jira:dashboardGadget', gadgetConfiguration: config },
    },
    gadget.resolverKey,
    {},
  )) as Envelope<T>;
  const ms = performance.now() - started;
  if (!answer.ok) throw new Error(`${gadget.resolverKey}: ${answer.error.code} ${answer.error.message}`);
  return { ms, data: answer.data };
}

/** Runs `work` on a freshly reset meter and returns its read cost (one `stats()` call). */
export async function metered<T>(kvs: LocalKvs, work: () => Promise<T>): Promise<{ cost: Cost; result: T }> {
  kvs.resetStats();
  const result = await work();
  return { cost: costOf(kvs.stats()), result };
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/**
 * The stored totals a window reads, as the app plans them: the site-wide values for a gadget set
 * to all projects (`SITE`), else each project's.
 */
export function periodKeys(projects: readonly string[], from: string, to: string): string[] {
  return planWindow(from, to).flatMap((period) =>
    projects.map((projectKey) => keys.aggregate(projectKey, period, 'totals')),
  );
}

export interface Step {
  label: string;
  requests: number;
  items: number;
  units: number | null;
}

/** The month points of a window (each cut to the window), as the trend gadget makes them. */
export function monthPoints(from: string, to: string): Array<{ from: string; to: string }> {
  const points = new Map<string, { from: string; to: string }>();
  for (const day of daysOf(from, to)) {
    const point = points.get(day.slice(0, 7));
    if (point) point.to = day;
    else points.set(day.slice(0, 7), { from: day, to: day });
  }
  return [...points.values()];
}

/**
 * What each step of a cold render reads, worked out from the app's own plan (planWindow, 25 keys
 * a batch) and the stored sizes, to set beside the meter's total. Sizes are read through the wire
 * outside any measured render. `sources` are the project keys read (`[SITE]` for site-wide values).
 */
export async function coldSteps(
  kvs: LocalKvs,
  kind: 'scorecard' | 'trend',
  window: { from: string; to: string },
  sources: readonly string[],
): Promise<Step[]> {
  const steps: Step[] = [
    { label: 'answer cache lookup (get cache:…, a miss)', requests: 1, items: 1, units: 1 },
    { label: 'settings (get settings)', requests: 1, items: 1, units: await unitsOf(kvs, [keys.settings]) },
  ];
  const windows =
    kind === 'scorecard'
      ? [{ from: window.from, to: window.to }, previousWindow(window.from, window.to)]
      : monthPoints(window.from, window.to);
  // Every window's periods are fetched together, each key once.
  const names = [...new Set(windows.flatMap(({ from, to }) => periodKeys(sources, from, to)))];
  const who = sources[0] === SITE ? 'site-wide values' : `${sources.length} projects`;
  steps.push({
    label: `${kind === 'scorecard' ? 'window and the one before' : `${windows.length} monthly points`}: ${who}, batch/get of 25`,
    requests: Math.ceil(names.length / 25),
    items: names.length,
    units: null,
  });
  for (const periods of ['month', 'block', 'day'] as const) {
    const part = names.filter((name) => periodKind(name.slice(name.lastIndexOf(':') + 1)) === periods);
    steps.push({
      label: `    ${periods} values`,
      requests: 0,
      items: part.length,
      units: await unitsOf(kvs, part),
    });
  }
  return steps;
}

/** Read units the store would charge for these keys (a missing key costs 1), read via the wire. */
async function unitsOf(kvs: LocalKvs, names: string[]): Promise<number> {
  let units = 0;
  for (let start = 0; start < names.length; start += 25) {
    const batch = names.slice(start, start + 25);
    const response = await kvs.fetch('/api/v1/batch/get', {
      method: 'POST',
      body: JSON.stringify(batch.map((key) => ({ key }))),
    });
    const answer = (await response.json()) as {
      successfulKeys: Array<{ key: string; value: unknown }>;
    };
    const found = new Map(answer.successfulKeys.map((item) => [item.key, item.value]));
    for (const key of batch) {
      const value = found.get(key);
      const bytes =
        value === undefined ? 0 : Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value));
      units += Math.max(1, Math.ceil(bytes / 10_240));
    }
  }
  return units;
}

/**
 * Notices the app writing a computed answer to its cache (`set cache:…`), the last thing a render
 * does: after a render outlives the resolver time limit, its work goes on (as in Node it cannot be
 * stopped), and the benchmark waits for it before measuring anything else.
 */
export class CacheWrites {
  private waiters: Array<() => void> = [];

  install(kvs: LocalKvs): void {
    const inner = kvs.fetch.bind(kvs);
    kvs.fetch = async (path, init) => {
      const response = await inner(path, init);
      if (
        path.endsWith('/api/v1/set') &&
        typeof init?.body === 'string' &&
        init.body.includes('"key":"cache:')
      ) {
        const waiters = this.waiters;
        this.waiters = [];
        waiters.forEach((resolve) => resolve());
      }
      return response;
    };
  }

  next(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
