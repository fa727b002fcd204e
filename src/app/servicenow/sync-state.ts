import { z } from 'zod';
import { tableWatermarkSchema } from './watermark';

const tableProgressSchema = z.object({
  watermark: tableWatermarkSchema.nullable(),
  /** Caught up in the current run. */
  done: z.boolean(),
  /** Rows delivered (new or changed) since the connection was saved. */
  read: z.number().int().nonnegative(),
  lastError: z.string().optional(),
});
export type TableProgress = z.infer<typeof tableProgressSchema>;

/**
 * Where the sync stands, in one key: each table's watermark (what makes it resumable), what the
 * admin page shows (records read, last watermark, last error, next run), and the run in progress.
 * `since` is where a table read for the first time starts (the first sync's N months).
 */
export const syncStateSchema = z.object({
  /** The connection this state belongs to; a new connection starts over. */
  connectionAt: z.string(),
  since: z.string(),
  running: z.object({ id: z.string(), startedAt: z.string(), steps: z.number().int() }).nullable(),
  tables: z.record(z.string(), tableProgressSchema),
  recordsRead: z.number().int().nonnegative(),
  lastRunAt: z.string().nullable(),
  nextRunAt: z.string().nullable(),
  lastError: z.string().nullable(),
  /** The first run has caught up with every table. */
  firstSyncDone: z.boolean(),
  /** Requests made (retries included) and storage calls, for the admin page and the benchmark. */
  requests: z.number().int().nonnegative(),
});
export type SyncState = z.infer<typeof syncStateSchema>;
