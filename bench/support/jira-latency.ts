import type { LocalSite } from '../../src/local/server/compose';

export interface JiraLatency {
  /** Milliseconds each product REST call takes; 0 turns the wrapper off. */
  ms: number;
  /** Responses with status 429 seen by the app. */
  rateLimited: number;
  /** Runtime-clock moments of the app's successful public comment posts. */
  commentsPostedAt: number[];
}

/**
 * Moves the manual clock without running the timers that fall due: queue consumers and the next
 * ticks run when the benchmark advances the clock, as separate invocations, not inside the sweep
 * that is waiting on Jira (on the platform they would run elsewhere, in parallel).
 */
function moveClock(local: LocalSite, ms: number): void {
  (local.clock as unknown as { moveTo(at: number): void }).moveTo(local.clock.now() + ms);
}

/** Gaps between calls longer than this are the benchmark itself moving the clock, not app work. */
const SAME_INVOCATION_MS = 1_000;

/**
 * Wraps the simulated site's REST entry point: each call waits `ms` of wall time. While calls
 * follow each other (one invocation at work), the manual runtime clock is moved by the wall time
 * that passed, Jira's wait and the app's own work alike, so an invocation's remaining time
 * shrinks as it would on the platform and a sweep stops at its deadline. Counts the 429s met.
 */
export function addJiraLatency(local: LocalSite): JiraLatency {
  const state: JiraLatency = { ms: 0, rateLimited: 0, commentsPostedAt: [] };
  const original = local.site.fetch.bind(local.site);
  let lastCallEnded = 0;
  local.site.fetch = async (restPath, init, caller) => {
    if (state.ms > 0) {
      const started = performance.now();
      await new Promise((resolve) => setTimeout(resolve, state.ms));
      const sinceLast = started - lastCallEnded;
      const elapsed = performance.now() - (sinceLast < SAME_INVOCATION_MS ? lastCallEnded : started);
      moveClock(local, elapsed);
      lastCallEnded = performance.now();
    }
    const response = await original(restPath, init, caller);
    if (response.status === 429) state.rateLimited += 1;
    const method = (init?.method ?? 'GET').toUpperCase();
    if (method === 'POST' && /\/comment$/.test(restPath) && response.ok && caller.as === 'app') {
      state.commentsPostedAt.push(local.clock.now());
    }
    return response;
  };
  return state;
}
