import type { LocalSite } from '../../src/local/server/compose';

/** How the benchmark tells the import's Jira calls apart. */
export type CallKind = 'search' | 'feedback' | 'count' | 'desks' | 'other';

const KINDS: Array<[CallKind, RegExp]> = [
  ['search', /\/rest\/api\/3\/search\/jql/],
  ['count', /\/rest\/api\/3\/search\/approximate-count/],
  ['feedback', /\/rest\/servicedeskapi\/request\/[^/]+\/feedback/],
  ['desks', /\/rest\/servicedeskapi\/servicedesk(\?|$)/],
];

export const kindOf = (restPath: string): CallKind =>
  KINDS.find(([, pattern]) => pattern.test(restPath))?.[0] ?? 'other';

const WINDOW_MS = 60_000;

/**
 * Whether a search is one of the import's pages (its JQL walks `created` oldest first), not
 * another scheduled search such as the reconciliation of recent resolutions.
 */
const isImportSearch = (init: RequestInit | undefined) =>
  typeof init?.body === 'string' && /ORDER BY created ASC/.test(init.body);

export interface Interruption {
  /** Runtime-clock moment of the refused page. */
  at: number;
  /** The page the import was on when it stopped (null: the first page). */
  pageToken: string | null;
  /** The next search after it, made by the resumed import. */
  resumedAt: number | null;
  resumedPageToken: string | null;
}

/**
 * Wraps the simulated site's REST entry point (`local.site.fetch`) without changing the site:
 * - counts every Jira call by kind, and the 429s the app met (from the limit or injected);
 * - enforces a sliding-window limit of `limitPerMinute` answered calls per minute of runtime-clock
 *   time across all Jira calls, answering 429 with the `Retry-After` that frees a slot;
 * - turns one search page mid-way into a 400, which the import's consumer does not retry.
 *
 * On the manual clock a whole invocation happens at one instant, so a burst of calls lands in
 * one window: the sliding window holds at every moment, and so does any fixed calendar minute.
 */
export class JiraMeter {
  readonly calls: Record<CallKind, number> = { search: 0, feedback: 0, count: 0, desks: 0, other: 0 };
  /** Answered 429 by the benchmark's own limit. */
  limited = 0;
  /** 429s injected through the site's fault plan (counted when the app receives them). */
  injected429 = 0;
  /** Other error statuses the app received, by status. */
  readonly errors = new Map<number, number>();
  /** The most calls answered within any 60 s of runtime-clock time. */
  peakSliding = 0;
  /** Answered calls per calendar minute of the runtime clock. */
  readonly perMinute = new Map<number, number>();
  interruption: Interruption | null = null;
  /** Wall time spent answering in the simulated site (its search scans every request per page). */
  wallMs = 0;

  private readonly window: number[] = [];
  private searchPagesOk = 0;

  constructor(
    private readonly local: LocalSite,
    readonly limitPerMinute: number,
    /** Successful search pages after which the next search page is refused with a 400. */
    private readonly interruptAfterPages: number,
  ) {
    const original = local.site.fetch.bind(local.site);
    local.site.fetch = async (restPath, init, caller) => {
      const now = local.clock.now();
      const kind = kindOf(restPath);
      this.calls[kind] += 1;
      while (this.window.length > 0 && this.window[0]! <= now - WINDOW_MS) this.window.shift();
      if (this.window.length >= this.limitPerMinute) {
        this.limited += 1;
        const retryAfter = Math.max(1, Math.ceil((this.window[0]! + WINDOW_MS - now) / 1000));
        return new Response(JSON.stringify({ errorMessages: ['Rate limit exceeded.'], errors: {} }), {
          status: 429,
          headers: { 'content-type': 'application/json', 'Retry-After': String(retryAfter) },
        });
      }
      this.window.push(now);
      this.peakSliding = Math.max(this.peakSliding, this.window.length);
      const minute = Math.floor(now / WINDOW_MS);
      this.perMinute.set(minute, (this.perMinute.get(minute) ?? 0) + 1);

      if (
        kind === 'search' &&
        isImportSearch(init) &&
        this.interruption === null &&
        this.searchPagesOk === this.interruptAfterPages
      ) {
        local.site.faults.add({ pathPattern: /search\/jql/, method: 'POST', status: 400, times: 1 });
      }
      const started = performance.now();
      const response = await original(restPath, init, caller);
      this.wallMs += performance.now() - started;
      if (response.status === 429) this.injected429 += 1;
      else if (!response.ok) this.errors.set(response.status, (this.errors.get(response.status) ?? 0) + 1);
      if (kind === 'search' && isImportSearch(init)) this.noteSearch(now, response.status, init);
      return response;
    };
  }

  /** Every 429 the app received. */
  get rateLimited(): number {
    return this.limited + this.injected429;
  }

  get total(): number {
    return Object.values(this.calls).reduce((sum, n) => sum + n, 0);
  }

  /** The busiest calendar minute of the runtime clock. */
  get peakCalendarMinute(): number {
    return Math.max(0, ...this.perMinute.values());
  }

  private noteSearch(at: number, status: number, init: RequestInit | undefined): void {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { nextPageToken?: string }) : {};
    const pageToken = body.nextPageToken ?? null;
    if (status === 200) this.searchPagesOk += 1;
    if (status === 400 && this.interruption === null) {
      this.interruption = { at, pageToken, resumedAt: null, resumedPageToken: null };
    } else if (this.interruption && this.interruption.resumedAt === null && status !== 400) {
      this.interruption.resumedAt = at;
      this.interruption.resumedPageToken = pageToken;
    }
  }
}
