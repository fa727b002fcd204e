import { formatGlideDateTime, readDateTime, readRow, type TableRow } from '../../domain/servicenow';
import { ServiceNowFailure } from './failure';
import type { TableClient } from './table-client';
import { versionOf, type TableWatermark } from './watermark';

export interface TableSpec {
  table: string;
  /** Fields to read (`sysparm_fields`); `sys_id`, `sys_updated_on` and `sys_mod_count` are always added. */
  fields: readonly string[];
  /** An encoded query selecting the rows (no `^NQ`, no `ORDERBY`); the reader adds its own key conditions. */
  filter?: string;
}

export interface ReadOptions {
  /** Rows per request (default 1000, servicenow.md §6). */
  pageSize?: number;
  /** How far before the watermark a new run re-reads, for rows committed late (default 300 s). */
  overlapSeconds?: number;
  /** Where a first read starts (raw UTC), e.g. N months back; absent = the table's first row. */
  since?: string;
  /** Stop after this many requests (an invocation's time budget); the outcome says it is not done. */
  maxRequests?: number;
  /** Most `recent` entries kept in the watermark (its stored size); older ones may be re-delivered. */
  maxRecent?: number;
}

export interface ReadOutcome {
  table: string;
  /** Persist this (also passed to every `onPage`); `null` when nothing was ever read. */
  watermark: TableWatermark | null;
  /** Caught up: the last query found no row after the watermark. */
  done: boolean;
  requests: number;
  delivered: number;
  /** Rows re-read in the overlap window and not delivered again (same version already stored). */
  alreadyStored: number;
  error?: ServiceNowFailure;
}

/** Receives each page's new rows and the watermark to persist with them (together, or rows first). */
export type PageSink = (rows: TableRow[], watermark: TableWatermark) => Promise<void>;

type Position = { kind: 'all' } | { kind: 'from'; at: string } | { kind: 'after'; at: string; sysId: string };

/**
 * Reads a table incrementally with keyset paging on (`sys_updated_on`, `sys_id`), the way
 * servicenow.md §6 recommends, so that records changing during the read are neither missed nor
 * read twice at the same version:
 * - each request asks for rows after the last delivered key, in key order; an updated record
 *   moves past the key and is read once more, at its new version, later in the run — offsets, by
 *   contrast, shift under updates and skip or repeat rows;
 * - ACLs are applied after `sysparm_limit` [1], so a page may be short or even empty while more
 *   rows exist: the reader never stops on a short page; an empty page is stepped over with
 *   `sysparm_offset` while `X-Total-Count` (or `Link: rel="next"`) says rows remain;
 * - a run starts `overlapSeconds` before the watermark and skips rows whose version the watermark
 *   holds, so a row committed late with an older `sys_updated_on` is still found;
 * - a failure (after the client's retries) ends this table's read with the last watermark intact,
 *   so the next run resumes where this one stopped.
 */
export async function readTable(
  client: TableClient,
  spec: TableSpec,
  start: TableWatermark | null,
  options: ReadOptions,
  onPage: PageSink,
): Promise<ReadOutcome> {
  const pageSize = options.pageSize ?? 1000;
  const overlapMs = (options.overlapSeconds ?? 300) * 1000;
  const fields = [...new Set(['sys_id', 'sys_updated_on', 'sys_mod_count', ...spec.fields])].join(',');
  let watermark = start;
  let position: Position = start
    ? { kind: 'from', at: shift(start.updatedOn, -overlapMs) }
    : options.since !== undefined
      ? { kind: 'from', at: options.since }
      : { kind: 'all' };
  const outcome: ReadOutcome = {
    table: spec.table,
    watermark,
    done: false,
    requests: 0,
    delivered: 0,
    alreadyStored: 0,
  };
  let offset = 0;
  try {
    while (options.maxRequests === undefined || outcome.requests < options.maxRequests) {
      outcome.requests += 1;
      const page = await client.page(spec.table, {
        sysparm_query: query(spec.filter, position),
        sysparm_fields: fields,
        sysparm_limit: String(pageSize),
        sysparm_offset: String(offset),
        sysparm_display_value: 'false',
        sysparm_exclude_reference_link: 'true',
      });
      const rows = keyed(page.rows, spec.table);
      if (rows.length === 0) {
        // Nothing visible here: either the end, or a whole page of rows the account may not see.
        const more = page.total !== undefined ? offset + pageSize < page.total : page.hasNext;
        if (!more) {
          outcome.done = true;
          break;
        }
        offset += pageSize;
        continue;
      }
      offset = 0;
      const last = rows[rows.length - 1] as TableRow;
      position = { kind: 'after', at: last.sys_updated_on as string, sysId: last.sys_id as string };
      const recent = { ...(watermark?.recent ?? {}) };
      const fresh = rows.filter((row) => {
        const version = versionOf(row.sys_updated_on as string, row.sys_mod_count ?? '');
        if (recent[row.sys_id as string] === version) return false;
        recent[row.sys_id as string] = version;
        return true;
      });
      outcome.alreadyStored += rows.length - fresh.length;
      watermark = {
        updatedOn: position.at,
        sysId: position.sysId,
        recent: pruned(recent, shift(position.at, -overlapMs), options.maxRecent ?? 5000),
      };
      await onPage(fresh, watermark);
      outcome.watermark = watermark;
      outcome.delivered += fresh.length;
    }
  } catch (error) {
    if (!(error instanceof ServiceNowFailure)) throw error;
    outcome.error = error;
  }
  return outcome;
}

/**
 * The rows after a position, in key order. After a key the condition is
 * `(updated = at AND sys_id > id) OR updated > at`, written as two `^NQ` groups [1][3].
 */
function query(filter: string | undefined, position: Position): string {
  const base = filter ? `${filter}^` : '';
  const order = 'ORDERBYsys_updated_on^ORDERBYsys_id';
  switch (position.kind) {
    case 'all':
      return `${base}${order}`;
    case 'from':
      return `${base}sys_updated_on>=${position.at}^${order}`;
    case 'after':
      return (
        `${base}sys_updated_on=${position.at}^sys_id>${position.sysId}` +
        `^NQ${base}sys_updated_on>${position.at}^${order}`
      );
  }
}

/**
 * The page's rows, each with the key the reader pages on. A row without `sys_id` or a raw
 * `sys_updated_on` (a field ACL hiding them, or display values) would stall keyset paging, so it
 * fails the table's read with the reason instead.
 */
function keyed(values: unknown[], table: string): TableRow[] {
  return values.map((value) => {
    const read = readRow(value);
    if (!read.ok) throw new ServiceNowFailure('BAD_ANSWER', `${table}: ${read.reason}.`, 200);
    const { sys_id: id = '', sys_updated_on: updated = '' } = read.row;
    const time = readDateTime(updated);
    if (id === '' || !time.ok || time.value === undefined) {
      throw new ServiceNowFailure(
        'BAD_ANSWER',
        `${table}: a row came without sys_id or a raw sys_updated_on; the connector's account must read both.`,
        200,
      );
    }
    return read.row;
  });
}

function shift(glide: string, ms: number): string {
  const read = readDateTime(glide);
  return read.ok && read.value !== undefined ? formatGlideDateTime(read.value + ms) : glide;
}

/** Keeps the versions inside the overlap window, at most `max` of them (the newest). */
function pruned(recent: Record<string, string>, from: string, max: number): Record<string, string> {
  const inside = Object.entries(recent).filter(([, version]) => version >= from);
  if (inside.length > max) inside.sort(([, a], [, b]) => (a < b ? 1 : a > b ? -1 : 0)).splice(max);
  return Object.fromEntries(inside);
}
