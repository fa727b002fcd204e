import { z } from 'zod';

/**
 * Where a table's read has got to, persisted by the caller after each page it has stored:
 * - `updatedOn` + `sysId`: the key of the last row delivered (raw UTC `sys_updated_on`, then
 *   `sys_id`, the order the reader asks for);
 * - `recent`: the version (`sys_updated_on#sys_mod_count`) of each row delivered within the
 *   overlap window before `updatedOn`, so that re-reading the window on the next run delivers only
 *   rows that are new or changed there (late commits), not the ones already stored.
 */
export const tableWatermarkSchema = z.object({
  updatedOn: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
  sysId: z.string(),
  recent: z.record(z.string(), z.string()),
});

export type TableWatermark = z.infer<typeof tableWatermarkSchema>;

/** A row's version: its update time and update count (two updates in one second differ in count). */
export const versionOf = (updatedOn: string, modCount: string): string => `${updatedOn}#${modCount}`;
