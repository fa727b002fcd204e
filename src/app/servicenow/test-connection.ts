import { mappedFields, missingFields } from '../../domain/servicenow/mapped-fields';
import type { ServiceNowMapping } from '../../domain/servicenow';
import { Authorizer } from './authorizer';
import { connectorTables } from './connector-tables';
import type { Credentials } from './credentials';
import { ServiceNowFailure } from './failure';
import type { ServiceNowHttp, Timer } from './ports';
import { TableClient, type RetryPolicy } from './table-client';

export type TableCheckStatus = 'ok' | 'empty' | 'no-access' | 'missing-fields' | 'failed';

export interface TableCheck {
  table: string;
  status: TableCheckStatus;
  /** What the admin can do about it, in words. */
  message: string;
  missing?: string[];
}

export interface ConnectionCheck {
  /** Signed in and every table read with every mapped field. */
  ok: boolean;
  /** Why nothing could be read at all (sign-in refused, host unreachable or not allowed). */
  problem?: string;
  tables: TableCheck[];
}

/** A quick test: two attempts, no long waits (the admin is looking at the page). */
const TEST_RETRY: RetryPolicy = {
  maxAttempts: 2,
  maxRetryAfterSeconds: 5,
  baseBackoffMs: 200,
  maxBackoffMs: 1000,
};

/**
 * Reads one row of every table the mapping uses, with exactly the fields it converts, and says per
 * table: OK; no access (the account lacks a role, or an ACL hides the table); mapped fields the
 * instance does not have (ServiceNow leaves unknown names out of the answer silently [1], so a row
 * without them is the only way to tell); or empty (nothing to check the fields on yet). A refused
 * sign-in or an unreachable host stops the test at the first table, with the reason.
 */
export async function testConnection(
  http: ServiceNowHttp,
  credentials: Credentials,
  mapping: ServiceNowMapping,
  timer: Timer,
): Promise<ConnectionCheck> {
  const client = new TableClient(http, new Authorizer(http, credentials, timer), timer, TEST_RETRY);
  const fieldsOf = new Map(mappedFields(mapping).map((entry) => [entry.table, entry.fields]));
  const tables: TableCheck[] = [];
  for (const spec of connectorTables(mapping)) {
    try {
      const page = await client.page(spec.table, {
        ...(spec.filter ? { sysparm_query: spec.filter } : {}),
        sysparm_fields: ['sys_id', 'sys_updated_on', ...spec.fields].join(','),
        sysparm_limit: '1',
        sysparm_display_value: 'false',
        sysparm_exclude_reference_link: 'true',
      });
      const row = page.rows[0];
      if (row === undefined || typeof row !== 'object' || row === null) {
        tables.push({
          table: spec.table,
          status: 'empty',
          message: `${spec.table}: readable, but no record to check the mapped fields on yet.`,
        });
        continue;
      }
      const missing = missingFields(row as Record<string, unknown>, fieldsOf.get(spec.table) ?? []);
      tables.push(
        missing.length === 0
          ? { table: spec.table, status: 'ok', message: `${spec.table}: OK.` }
          : {
              table: spec.table,
              status: 'missing-fields',
              missing: missing.map((field) => field.candidates.join(' or ')),
              message:
                `${spec.table}: the instance has no field ${missing.map((field) => field.candidates.join(' or ')).join(', ')} ` +
                '(or the account may not read it): correct the field names in the mapping, or grant read access to them.',
            },
      );
    } catch (error) {
      if (!(error instanceof ServiceNowFailure)) throw error;
      if (error.code === 'AUTH' || error.code === 'UNAVAILABLE' || error.code === 'BAD_ANSWER') {
        return { ok: false, problem: signInProblem(error), tables };
      }
      if (error.code === 'EGRESS') return { ok: false, problem: error.message, tables };
      tables.push({
        table: spec.table,
        status: error.code === 'NO_ACCESS' || error.code === 'NOT_FOUND' ? 'no-access' : 'failed',
        message: error.message,
      });
    }
  }
  return { ok: tables.every((table) => table.status === 'ok' || table.status === 'empty'), tables };
}

function signInProblem(error: ServiceNowFailure): string {
  switch (error.code) {
    case 'AUTH':
      return `Sign-in refused: ${error.message} Check the credentials and the authentication method.`;
    case 'UNAVAILABLE':
      return `The instance could not be reached: ${error.message} Check the URL and that the instance is up.`;
    default:
      return `The host did not answer like a ServiceNow instance: ${error.message} Check the URL.`;
  }
}
