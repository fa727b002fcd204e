import { createHash } from 'node:crypto';
import { DICTIONARY, TASK_TABLES } from './dictionary';

/** A stored record: every dictionary field present, every value a string ("" when empty). */
export type Row = Record<string, string>;

/** Raw UTC `YYYY-MM-DD HH:mm:ss`, the form the database and the Table API use. */
export const glideTime = (at: Date): string => at.toISOString().slice(0, 19).replace('T', ' ');

/**
 * The instance's tables, in insertion order (the order rows come back in when a query sets none).
 * Writes stamp the system fields as the platform does: `sys_created_*` once, `sys_updated_on`,
 * `sys_updated_by` and `sys_mod_count` on every update.
 */
export class InstanceStore {
  private readonly tables = new Map<string, Map<string, Row>>();
  private created = 0;

  constructor(rows: Record<string, Row[]> = {}) {
    for (const [table, list] of Object.entries(rows)) {
      this.tableOf(table);
      for (const row of list) this.tableOf(table).set(row.sys_id ?? '', { ...row });
    }
  }

  has(table: string): boolean {
    return table in DICTIONARY;
  }

  /** Rows of a table; `task` lists the rows of every table that extends it. */
  rows(table: string): Row[] {
    if (table === 'task') return TASK_TABLES.flatMap((name) => this.rows(name));
    return [...(this.tables.get(table)?.values() ?? [])];
  }

  get(table: string, sysId: string): Row | undefined {
    if (table === 'task') {
      for (const name of TASK_TABLES) {
        const row = this.tables.get(name)?.get(sysId);
        if (row) return row;
      }
      return undefined;
    }
    return this.tables.get(table)?.get(sysId);
  }

  insert(table: string, values: Record<string, string>, at: Date, by = 'system'): Row {
    const definition = DICTIONARY[table];
    if (!definition) throw new Error(`No table ${table} in the simulated instance`);
    checkValues(table, values);
    this.created += 1;
    const row: Row = Object.fromEntries(Object.keys(definition.fields).map((field) => [field, '']));
    Object.assign(row, {
      sys_id: createHash('md5').update(`${table}/${this.created}`).digest('hex'),
      sys_class_name: table,
      sys_created_on: glideTime(at),
      sys_created_by: by,
      sys_updated_on: glideTime(at),
      sys_updated_by: by,
      sys_mod_count: '0',
      ...values,
    });
    const rows = this.tableOf(table);
    if (rows.has(row.sys_id as string)) throw new Error(`${table} ${row.sys_id} already exists`);
    rows.set(row.sys_id as string, row);
    return row;
  }

  update(table: string, sysId: string, changes: Record<string, string>, at: Date, by = 'system'): Row {
    const row = this.tables.get(table)?.get(sysId);
    if (!row) throw new Error(`No ${table} record ${sysId}`);
    checkValues(table, changes);
    Object.assign(row, changes, {
      sys_updated_on: glideTime(at),
      sys_updated_by: by,
      sys_mod_count: String(Number(row.sys_mod_count ?? '0') + 1),
    });
    return row;
  }

  delete(table: string, sysId: string): boolean {
    return this.tables.get(table)?.delete(sysId) ?? false;
  }

  /** Every table's rows, for snapshots and persistence. */
  dump(): Record<string, Row[]> {
    return Object.fromEntries(
      [...this.tables].map(([table, rows]) => [table, [...rows.values()].map((r) => ({ ...r }))]),
    );
  }

  private tableOf(table: string): Map<string, Row> {
    let rows = this.tables.get(table);
    if (!rows) {
      rows = new Map();
      this.tables.set(table, rows);
    }
    return rows;
  }
}

function checkValues(table: string, values: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(values)) {
    if (typeof value !== 'string')
      throw new TypeError(`${table}.${field} must be a string, as ServiceNow stores it`);
    if (!(field in (DICTIONARY[table]?.fields ?? {}))) throw new Error(`${table} has no field ${field}`);
  }
}
