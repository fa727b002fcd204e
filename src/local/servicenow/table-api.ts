import { canReadField, canReadRow, canReadTable, type Account, type AccessRules } from './acl';
import { failure, type InstanceReply } from './reply';
import { matchesEncodedQuery, parseQuery, orderRows } from './encoded-query';
import type { InstanceFaultPlan } from './instance-faults';
import { pagingHeaders } from './paging-headers';
import { renderRow, selectFields, type DisplayMode } from './render';
import type { InstanceStore } from './instance-store';

export interface TableCall {
  version: 'v1' | 'v2';
  table: string;
  sysId?: string;
  url: URL;
  origin: string;
  account: Account;
}

const DEFAULT_LIMIT = 10_000;

/**
 * `GET /api/now/[v1|v2/]table/{table}[/{sys_id}]` (servicenow.md §1). The list query runs in the
 * database order the query asks for, `sysparm_offset`/`sysparm_limit` cut the page, and only then
 * are row ACLs applied [1] — so a page can hold fewer rows than the limit, or none, while more
 * exist; `X-Total-Count` counts the query's rows before ACLs. v1 answers an empty result with 404,
 * v2 with 200 and `result: []` [1].
 */
export function tableGet(
  store: InstanceStore,
  rules: AccessRules,
  faults: InstanceFaultPlan,
  call: TableCall,
): InstanceReply {
  const { table, url, account } = call;
  if (!store.has(table)) return failure(404, `Invalid table ${table}`);
  if (!canReadTable(rules, account, table)) {
    return failure(
      403,
      'User Not Authorized',
      `Read access to ${table} is not granted to ${account.userName}`,
    );
  }
  const params = url.searchParams;
  const display = (params.get('sysparm_display_value') ?? 'false') as DisplayMode;
  if (!['false', 'true', 'all'].includes(display)) {
    return failure(400, `Invalid value for sysparm_display_value: ${display}`);
  }
  const fields = selectFields(store, table, params.get('sysparm_fields')).filter((field) =>
    canReadField(rules, account, table, field.path),
  );
  const render = (row: Record<string, string>) =>
    renderRow(store, row, fields, {
      display,
      excludeReferenceLink: params.get('sysparm_exclude_reference_link') === 'true',
      origin: call.origin,
    });

  if (call.sysId !== undefined) {
    const row = store.get(table, call.sysId);
    if (!row || !canReadRow(rules, account, table, row)) {
      return failure(404, 'No Record found', "Record doesn't exist or ACL restricts the record retrieval");
    }
    return { status: 200, body: { result: render(row) } };
  }

  const limit = integer(params.get('sysparm_limit'), DEFAULT_LIMIT);
  const offset = integer(params.get('sysparm_offset'), 0);
  if (limit === undefined || offset === undefined) {
    return failure(400, 'sysparm_limit and sysparm_offset must be non-negative integers');
  }
  const parsed = parseQuery(store, table, queryText(params));
  if (!parsed.ok) return failure(400, parsed.message);
  const selected = orderRows(
    store.rows(table).filter((row) => matchesEncodedQuery(row, parsed.query)),
    parsed.query,
  );
  const page = selected.slice(offset, offset + limit);
  const visible = page.filter((row) => canReadRow(rules, account, table, row));
  const headers = pagingHeaders(url, call.origin, offset, limit, selected.length, {
    noCount: params.get('sysparm_no_count') === 'true',
    suppressLink: params.get('sysparm_suppress_pagination_header') === 'true',
  });
  // Rendered before the hooks run: a hook changes records for the next page, not this one.
  const result = visible.map(render);
  faults.pageServed({ table, offset, limit, query: params.get('sysparm_query') ?? '', rows: visible.length });
  if (call.version === 'v1' && visible.length === 0) {
    return {
      ...failure(
        404,
        'No Record found',
        'Records matching query not found. Check query parameter or offset parameter',
      ),
      headers,
    };
  }
  return { status: 200, headers, body: { result } };
}

/** `sysparm_query`, with plain `field=value` parameters ANDed on as ServiceNow does [1]. */
function queryText(params: URLSearchParams): string {
  const plain = [...params]
    .filter(([name]) => !name.startsWith('sysparm_'))
    .map(([name, value]) => `${name}=${value}`);
  return [params.get('sysparm_query') ?? '', ...plain].filter((part) => part !== '').join('^');
}

function integer(raw: string | null, fallback: number): number | undefined {
  if (raw === null || raw === '') return fallback;
  return /^\d+$/.test(raw) ? Number(raw) : undefined;
}
