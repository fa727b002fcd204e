import { AppError } from '../errors';
import { requireJiraAdmin } from '../require-jira-admin';
import { STALLED_MS } from '../backfill/start-backfill';
import type { AggregateStore } from '../ports/aggregate-store';
import { NO_COST, type ChainStep, type QueueCost } from '../ports/chain-step';
import type { RollupQueue } from '../ports/rollup-queue';
import type { ServiceDesk } from '../ports/service-desk';
import { canSpend, firstStep, nextStep, TREE_ALLOWANCE } from '../queue-chain';

/** A rebuild of every aggregate from the stored facts: how far the scan got. */
export interface RebuildRun {
  id: string;
  state: 'running' | 'done';
  factsScanned: number;
  daysRequested: number;
  cursor: string | null;
  startedAt: string;
  updatedAt: string;
  /**
   * Set when the chain of parts ended before the scan did — its invocation tree had no pushes
   * left, or a push was refused — so the scheduled catch-up starts a new chain at `cursor`.
   */
  chainEnded?: { at: string; reason: string } | null;
}

export interface RebuildStore {
  get(): Promise<RebuildRun | null>;
  save(run: RebuildRun): Promise<void>;
  /** Asks for the next part of the scan (one part at a time), as a step of its chain. */
  next(runId: string, step: ChainStep): Promise<void>;
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
 * A part stops scanning once its days span this many project months: each is one rollup event
 * (and one site-wide push after it), so a part's requests stay inside one step's reserve
 * (app/queue-chain.ts) even where facts are spread thin over many projects.
 */
const MONTHS_PER_PART = 40;

const messageOf = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

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
  // The admin's call is a new invocation tree: the whole allowance goes to the rebuild's chain.
  await deps.rebuild.next(run.id, firstStep(TREE_ALLOWANCE));
  return run;
}

/**
 * Scans the next part of the facts, marks the days found and asks once for their rebuild, then
 * asks for the next part. The parts are a chain of queue events within Forge's async-event limits
 * (app/queue-chain.ts): `allowance` is what the chain's invocation tree may still push; when it
 * would not cover another part, or a push is refused, the chain ends and the run records it (the
 * days are marked, so the catch-up rebuilds them even if their request was not sent), and the
 * scheduled catch-up starts a new chain at the stored cursor.
 */
export async function rebuildPart(deps: Deps, runId: string, allowance: number): Promise<RebuildRun | null> {
  const started = deps.now().getTime();
  const run = await deps.rebuild.get();
  if (!run || run.id !== runId || run.state !== 'running') return run;
  let cursor = run.cursor ?? undefined;
  let factsScanned = run.factsScanned;
  const days = new Map<string, { projectKey: string; day: string }>();
  const months = new Set<string>();
  for (let page = 0; page < PAGES_PER_PART && months.size < MONTHS_PER_PART; page += 1) {
    const found = await deps.aggregates.factsPage(cursor);
    factsScanned += found.facts.length;
    for (const { projectKey, day } of found.facts) {
      days.set(`${projectKey}:${day}`, { projectKey, day });
      months.add(`${projectKey}:${day.slice(0, 7)}`);
    }
    cursor = found.cursor;
    if (!cursor) break;
  }
  await deps.aggregates.markDays([...days.values()], run.id);
  let spent: QueueCost = NO_COST;
  let ended: string | null = null;
  if (days.size > 0) {
    if (!canSpend(allowance)) ended = 'no push left in this chain for the part’s rollups';
    else {
      try {
        spent = await deps.rollups.schedule([...days.values()]);
      } catch (error) {
        ended = `the rollup request was refused (${messageOf(error)})`;
      }
    }
  }
  const step = cursor && !ended ? nextStep(allowance, spent, deps.now().getTime() - started) : null;
  const at = deps.now().toISOString();
  const next: RebuildRun = {
    ...run,
    factsScanned,
    daysRequested: run.daysRequested + days.size,
    cursor: cursor ?? null,
    state: cursor ? 'running' : 'done',
    updatedAt: at,
    chainEnded: cursor && !step ? { at, reason: ended ?? 'this chain’s pushes are spent' } : null,
  };
  await deps.rebuild.save(next);
  if (!step) return next;
  try {
    await deps.rebuild.next(run.id, step);
  } catch (error) {
    const stopped = {
      ...next,
      chainEnded: { at, reason: `the next part’s request was refused (${messageOf(error)})` },
    };
    await deps.rebuild.save(stopped);
    return stopped;
  }
  return next;
}

/**
 * Starts a new chain for a running rebuild whose chain ended (or that stopped moving), from the
 * stored cursor: the scheduled catch-up's part. `budget` is what the new chain may push in the
 * caller's invocation tree. Anything else is left as it is.
 */
export async function resumeRebuild(
  deps: Pick<Deps, 'rebuild' | 'now'>,
  budget: number,
): Promise<RebuildRun | null> {
  const run = await deps.rebuild.get();
  if (!run || run.state !== 'running') return run;
  const now = deps.now();
  const stalled = now.getTime() - Date.parse(run.updatedAt) > STALLED_MS;
  if (!run.chainEnded && !stalled) return run;
  const next: RebuildRun = { ...run, chainEnded: null, updatedAt: now.toISOString() };
  await deps.rebuild.save(next);
  await deps.rebuild.next(run.id, firstStep(budget));
  return next;
}
