import type { TableRow } from '../../domain/servicenow';
import { readTable, type ReadOptions, type ReadOutcome, type TableSpec } from './keyset-reader';
import type { TableClient } from './table-client';
import type { TableWatermark } from './watermark';

export interface TableSync {
  spec: TableSpec;
  watermark: TableWatermark | null;
}

export type TablePageSink = (table: string, rows: TableRow[], watermark: TableWatermark) => Promise<void>;

/**
 * Reads each table in turn, one request at a time (servicenow.md §6: 1–2 concurrent requests per
 * instance). A table that fails — no access, a missing table, a rate limit that outlasts the
 * retries — is reported in its outcome and the next table is read all the same; only a refused
 * sign-in, which every table would meet, stops the rest (each reported with that failure).
 */
export async function syncTables(
  client: TableClient,
  tables: readonly TableSync[],
  options: ReadOptions,
  onPage: TablePageSink,
): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = [];
  for (const { spec, watermark } of tables) {
    const signInFailed = outcomes.find((outcome) => outcome.error?.code === 'AUTH')?.error;
    if (signInFailed) {
      outcomes.push({
        table: spec.table,
        watermark,
        done: false,
        requests: 0,
        delivered: 0,
        alreadyStored: 0,
        error: signInFailed,
      });
      continue;
    }
    outcomes.push(
      await readTable(client, spec, watermark, options, (rows, next) => onPage(spec.table, rows, next)),
    );
  }
  return outcomes;
}
