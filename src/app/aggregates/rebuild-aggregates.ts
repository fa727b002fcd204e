import { AppError } from '../errors';
import { requireJiraAdmin } from '../require-jira-admin';
import type { AggregateStore } from '../ports/aggregate-store';
import type { RollupQueue } from '../ports/rollup-queue';
import type { ServiceDesk } from '../ports/service-desk';

/** A rebuild of every aggregate from the stored facts: how far the scan got. */
export interface RebuildRun {
  id: string;
  state: 'running' | 'done';
  factsScanned: number;
  daysRequested: number;
  cursor: string | null;
  startedAt: string;
  updatedAt: string;
}

export interface RebuildStore {
  get(): Promise<RebuildRun | null>;
  save(run: RebuildRun): Promise<void>;
  /** Asks for the next part of the scan (one part at a time). */
  next(runId: string): Promise<void>;
}

type Deps = {
  rebuild: RebuildStore;
  aggregates: AggregateStore;
  rollups: RollupQueue;
  desk: ServiceDesk;
  now: () => Date;
};

/** Fact pages scanned per part: well inside a consumer's time. */
const PAGES_PER_PART = 20;

/**
 * Rebuilds every day and month aggregate from the raw facts: after a change of reporting time
 * zone, or to repair. The facts are scanned a part at a time; each day found is marked and its
 * rebuild requested, so the aggregates are rebuilt by the same consumer as every live change.
 */
export async function startRebuild(deps: Deps): Promise<RebuildRun> {
  await requireJiraAdmin(deps.desk, 'rebuild the figures');
  const current = await deps.rebuild.get();
  if (current?.state === 'running') throw new AppError('CONFLICT', 'A rebuild is already running.');
  const at = deps.now().toISOString();
  const run: RebuildRun = {
    id: at,
    state: 'running',
    factsScanned: 0,
    daysRequested: 0,
    cursor: null,
    startedAt: at,
    updatedAt: at,
  };
  await deps.rebuild.save(run);
  await deps.rebuild.next(run.id);
  return run;
}

export async function rebuildPart(deps: Deps, runId: string): Promise<RebuildRun | null> {
  const run = await deps.rebuild.get();
  if (!run || run.id !== runId || run.state !== 'running') return run;
  let cursor = run.cursor ?? undefined;
  let factsScanned = run.factsScanned;
  const days = new Map<string, { projectKey: string; day: string }>();
  for (let page = 0; page < PAGES_PER_PART; page += 1) {
    const found = await deps.aggregates.factsPage(cursor);
    factsScanned += found.facts.length;
    for (const { projectKey, day } of found.facts) days.set(`${projectKey}:${day}`, { projectKey, day });
    cursor = found.cursor;
    if (!cursor) break;
  }
  await deps.aggregates.markDays([...days.values()], run.id);
  await deps.rollups.schedule([...days.values()]);
  const next: RebuildRun = {
    ...run,
    factsScanned,
    daysRequested: run.daysRequested + days.size,
    cursor: cursor ?? null,
    state: cursor ? 'running' : 'done',
    updatedAt: deps.now().toISOString(),
  };
  await deps.rebuild.save(next);
  if (cursor) await deps.rebuild.next(run.id);
  return next;
}
