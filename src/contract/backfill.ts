/**
 * The admin page's backfill (its "History import") and data export, and the ticket timings the agent
 * panel shows. Shared by the handlers and the Custom UI.
 */
export interface BackfillStatus {
  state: 'idle' | 'running' | 'paused' | 'done' | 'failed';
  /** How many months back the import reaches. */
  months: number;
  /** Requests found by the search (an estimate until the last page). */
  total: number;
  done: number;
  /** 0–100. */
  percent: number;
  /** Estimated seconds left; `null` until enough requests were imported to tell. */
  etaSeconds: number | null;
  startedAt: string | null;
  updatedAt: string | null;
  /** Requests that could not be imported (counted in `done`, so the bar still reaches 100 %). */
  errors: number;
  lastError: string | null;
}

export interface RecordsExport {
  /** Canonical records (metrics.md), one JSON object per line, for `cx-metrics report`. */
  ndjson: string;
  records: number;
  /** Pass back for the next part; absent on the last. */
  cursor?: string;
}

export interface TicketTimings {
  createdAt: string | null;
  firstResponseAt: string | null;
  firstResponseBy: 'human' | 'automation' | null;
  resolvedAt: string | null;
  reopenedAt: string[];
  /** Time to acknowledge: first response − created, in seconds. */
  acknowledgeSeconds: number | null;
  /** Time to resolve: first resolution − created, in seconds. */
  resolveSeconds: number | null;
  handleSeconds: number | null;
}

/** A full rebuild of the figures from the stored records. */
export interface RebuildStatus {
  id: string;
  state: 'running' | 'done';
  factsScanned: number;
  daysRequested: number;
  startedAt: string;
  updatedAt: string;
}

export interface BackfillResolverContract {
  getRebuild: { payload: Record<string, never>; answer: RebuildStatus | null };
  /** Rebuilds every aggregate from the stored records (after a time-zone change, or to repair). */
  rebuildFigures: { payload: Record<string, never>; answer: RebuildStatus };
  getBackfill: { payload: Record<string, never>; answer: BackfillStatus };
  /** Starts an import of the last `months` months (1–24); refused while one is running. */
  startBackfill: { payload: { months: number }; answer: BackfillStatus };
  /** Continues an import that stopped (interrupted, paused or failed) where it stopped. */
  resumeBackfill: { payload: Record<string, never>; answer: BackfillStatus };
  exportRecords: { payload: { cursor?: string }; answer: RecordsExport };
  getTicketTimings: { payload: Record<string, never>; answer: TicketTimings | null };
}
