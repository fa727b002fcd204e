import type { ChainStep, QueueCost } from './ports/chain-step';

/**
 * A backfill and a rebuild of the figures run as chains of queue events: each step does a
 * part of the work and pushes the next. Forge limits what a chain may push, for each installation
 * (https://developer.atlassian.com/platform/forge/limits-async-events/):
 *
 * - "Cyclic invocation limit: 1000": the push requests made across an invocation and every
 *   consumer its pushes led to, however deep — the chain's own pushes, the rollups its steps ask
 *   for and the site-wide requests those rollups make. Past it, a push fails with
 *   `InvocationLimitReachedError`.
 * - "Event per minute: 500": events pushed by the whole installation; past it a push fails with
 *   `RateLimitError` (https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api-error-handling/).
 *
 * Forge tells the app neither count, so a chain carries its own: the `allowance` of push requests
 * its tree may still make, spent step by step. A step that cannot afford the next one (or whose
 * push is refused) ends the chain and records that it did; the scheduled catch-up, a new
 * invocation and so a new tree, starts the next chain where it stopped. Each step also waits long
 * enough before the next that the chain's events stay under its share of the per-minute limit.
 */
export const TREE_PUSH_LIMIT = 1000;

/** What a new tree gives its chains: the limit, less a margin for a step delivered twice. */
export const TREE_ALLOWANCE = 950;

/**
 * The most one step spends: a push of up to 50 rollup events, the site-wide push each of those
 * leads to, and the push of the next step — with room for a step whose rollups need two pushes.
 * A chain whose allowance falls below this ends.
 */
export const STEP_RESERVE = 110;

/**
 * Events a minute one chained job keeps to: an import and a rebuild at once, and the catch-up's
 * requests, leave most of Forge's 500 to live capture, which cannot wait.
 */
export const JOB_EVENTS_PER_MINUTE = 100;

/** What the scheduled catch-up may spend on re-requesting marked days before it restarts chains. */
export const CATCH_UP_SHARE: QueueCost = { pushes: 100, events: JOB_EVENTS_PER_MINUTE };

/** Forge's longest `delayInSeconds`. */
const MAX_DELAY_SECONDS = 900;

/**
 * The wait before the next step so the chain's events stay under `JOB_EVENTS_PER_MINUTE`: the
 * time the step's events take at that rate, less the time the step itself took.
 */
export function paceSeconds(events: number, elapsedMs: number): number {
  const due = (60 * events) / JOB_EVENTS_PER_MINUTE - elapsedMs / 1000;
  return Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.ceil(due)));
}

/** Whether a step with this allowance may push anything at all (its rollups, the next step). */
export const canSpend = (allowance: number): boolean => allowance >= STEP_RESERVE;

/**
 * The next step after one that received `allowance` and spent `spent` on its rollups, or `null`
 * when what is left would not cover another step: the chain ends there.
 */
export function nextStep(allowance: number, spent: QueueCost, elapsedMs: number): ChainStep | null {
  const left = allowance - spent.pushes - 1;
  if (!canSpend(left)) return null;
  return { allowance: left, delayInSeconds: paceSeconds(spent.events + 1, elapsedMs) };
}

/**
 * The first step of a chain started by an invocation that may still make `budget` push requests
 * in its tree (the push of this step included).
 */
export const firstStep = (budget: number): ChainStep => ({ allowance: budget - 1, delayInSeconds: 0 });

/**
 * What each of `chains` chains started by one invocation may spend, after that invocation spent
 * `spent` pushes of its own: they share the tree.
 */
export const shareOfTree = (spent: number, chains: number): number =>
  Math.max(0, Math.floor((TREE_ALLOWANCE - spent) / Math.max(1, chains)));
