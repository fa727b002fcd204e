import type { Row } from './instance-store';

/**
 * Who may read what. A REST caller is an account (a `sys_user` with a password and roles); a table
 * needs one of its read roles (else 403), a row rule hides rows from callers without a role (the
 * rows are dropped after `sysparm_limit` is applied, so a page comes back short while more rows
 * exist: servicenow.md §1, [1]), and a field rule omits a field without error [2].
 */
export interface Account {
  userName: string;
  password: string;
  roles: string[];
  /** A locked-out or inactive user authenticates nowhere. */
  active?: boolean;
}

export interface RowRule {
  table: string;
  /** Rows for which this returns true are hidden… */
  hides: (row: Row) => boolean;
  /** …unless the caller has one of these roles. */
  unlessRoles: string[];
}

export interface FieldRule {
  table: string;
  field: string;
  unlessRoles: string[];
}

export interface AccessRules {
  /** Read roles per table; a table not listed is readable by any authenticated caller. `admin` reads all. */
  tableRoles: Record<string, string[]>;
  rows: RowRule[];
  fields: FieldRule[];
}

/**
 * Stock-like defaults: incidents and requested items for `itil`, SLAs for `itil`, survey tables for
 * `survey_reader` [28] or `itil` (unverified: real instances vary), and incidents assigned to the
 * HR group hidden from callers without `hr_reader`, so the seeded instance has short pages.
 */
export function defaultAccessRules(hrGroupId?: string): AccessRules {
  return {
    tableRoles: {
      incident: ['itil', 'sn_incident_read'],
      sc_req_item: ['itil', 'catalog_admin'],
      task: ['itil'],
      task_sla: ['itil'],
      contract_sla: ['itil'],
      asmt_metric_result: ['survey_reader', 'survey_admin'],
      asmt_assessment_instance: ['survey_reader', 'survey_admin'],
      asmt_metric: ['survey_reader', 'survey_admin'],
      asmt_metric_type: ['survey_reader', 'survey_admin'],
    },
    rows:
      hrGroupId === undefined
        ? []
        : [
            {
              table: 'incident',
              hides: (row) => row.assignment_group === hrGroupId,
              unlessRoles: ['hr_reader'],
            },
          ],
    fields: [],
  };
}

const holds = (account: Account, roles: readonly string[]) =>
  account.roles.includes('admin') || roles.some((role) => account.roles.includes(role));

export function canReadTable(rules: AccessRules, account: Account, table: string): boolean {
  const roles = rules.tableRoles[table];
  return roles === undefined || holds(account, roles);
}

export function canReadRow(rules: AccessRules, account: Account, table: string, row: Row): boolean {
  return rules.rows.every(
    (rule) => rule.table !== table || !rule.hides(row) || holds(account, rule.unlessRoles),
  );
}

export function canReadField(rules: AccessRules, account: Account, table: string, field: string): boolean {
  const head = field.split('.')[0];
  return rules.fields.every(
    (rule) => rule.table !== table || rule.field !== head || holds(account, rule.unlessRoles),
  );
}
