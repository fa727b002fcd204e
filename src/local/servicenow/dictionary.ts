/**
 * The simulated instance's data dictionary (`sys_dictionary`, in short): which tables exist, their
 * fields and types, what references point at, and choice labels. Queries use it to compare by type
 * and to drop terms on unknown fields (as ServiceNow does, servicenow.md §1); dot-walks follow its
 * references; display values use its labels.
 */

export type FieldType =
  | { kind: 'string' }
  | { kind: 'integer' }
  | { kind: 'decimal' }
  | { kind: 'boolean' }
  | { kind: 'date_time' }
  | { kind: 'duration' }
  | { kind: 'choice'; labels: Readonly<Record<string, string>>; numeric?: boolean }
  | { kind: 'reference'; table: string };

export interface TableDefinition {
  /** The table it extends (`task` for incident and sc_req_item). */
  extends?: string;
  /** The field whose value stands for a record in display values. */
  display: string;
  fields: Readonly<Record<string, FieldType>>;
}

const text = { kind: 'string' } as const;
const integer = { kind: 'integer' } as const;
const dateTime = { kind: 'date_time' } as const;
const duration = { kind: 'duration' } as const;
const bool = { kind: 'boolean' } as const;
const ref = (table: string) => ({ kind: 'reference', table }) as const;
const choice = (labels: Record<string, string>, numeric = false) =>
  ({ kind: 'choice', labels, numeric }) as const;

/** Every table has these (sys_mod_count counts updates; sys_updated_on is raw UTC). */
const SYSTEM: Record<string, FieldType> = {
  sys_id: text,
  sys_created_on: dateTime,
  sys_created_by: text,
  sys_updated_on: dateTime,
  sys_updated_by: text,
  sys_mod_count: integer,
  sys_class_name: text,
};

const TASK: Record<string, FieldType> = {
  ...SYSTEM,
  number: text,
  state: integer,
  priority: choice(
    { '1': '1 - Critical', '2': '2 - High', '3': '3 - Moderate', '4': '4 - Low', '5': '5 - Planning' },
    true,
  ),
  impact: choice({ '1': '1 - High', '2': '2 - Medium', '3': '3 - Low' }, true),
  urgency: choice({ '1': '1 - High', '2': '2 - Medium', '3': '3 - Low' }, true),
  opened_at: dateTime,
  closed_at: dateTime,
  opened_by: ref('sys_user'),
  assignment_group: ref('sys_user_group'),
  assigned_to: ref('sys_user'),
  company: ref('core_company'),
  short_description: text,
  reassignment_count: integer,
  contact_type: choice({ phone: 'Phone', email: 'Email', 'self-service': 'Self-service', chat: 'Chat' }),
  calendar_duration: duration,
  business_duration: duration,
  time_worked: duration,
  active: bool,
};

export const DICTIONARY: Readonly<Record<string, TableDefinition>> = {
  task: { display: 'number', fields: TASK },
  incident: {
    extends: 'task',
    display: 'number',
    fields: {
      ...TASK,
      // 1 New, 2 In Progress, 3 On Hold, 6 Resolved, 7 Closed, 8 Canceled [34][35]
      state: choice(
        { '1': 'New', '2': 'In Progress', '3': 'On Hold', '6': 'Resolved', '7': 'Closed', '8': 'Canceled' },
        true,
      ),
      incident_state: choice(
        { '1': 'New', '2': 'In Progress', '3': 'On Hold', '6': 'Resolved', '7': 'Closed', '8': 'Canceled' },
        true,
      ),
      caller_id: ref('sys_user'),
      category: choice({
        inquiry: 'Inquiry / Help',
        software: 'Software',
        hardware: 'Hardware',
        network: 'Network',
        database: 'Database',
      }),
      subcategory: text,
      resolved_at: dateTime,
      resolved_by: ref('sys_user'),
      reopen_count: integer,
      reopened_time: dateTime,
      reopened_by: ref('sys_user'),
      hold_reason: choice(
        { '1': 'Awaiting Caller', '3': 'Awaiting Problem', '4': 'Awaiting Vendor', '5': 'Awaiting Change' },
        true,
      ),
      close_code: text,
      calendar_stc: integer,
      business_stc: integer,
      major_incident_state: choice({
        proposed: 'Proposed',
        accepted: 'Accepted',
        rejected: 'Rejected',
        canceled: 'Canceled',
      }),
    },
  },
  sc_req_item: {
    extends: 'task',
    display: 'number',
    fields: {
      ...TASK,
      // Stock labels [46]; values as sys_choice holds them on a stock instance.
      state: choice(
        {
          '1': 'Open',
          '2': 'Work in Progress',
          '-5': 'Pending',
          '3': 'Closed Complete',
          '4': 'Closed Incomplete',
          '7': 'Closed Skipped',
        },
        true,
      ),
      cat_item: ref('sc_cat_item'),
      requested_for: ref('sys_user'),
      stage: text,
    },
  },
  task_sla: {
    display: 'sys_id',
    fields: {
      ...SYSTEM,
      task: ref('task'),
      sla: ref('contract_sla'),
      stage: choice({
        in_progress: 'In progress',
        cancelled: 'Cancelled',
        paused: 'Paused',
        completed: 'Completed',
      }),
      start_time: dateTime,
      end_time: dateTime,
      planned_end_time: dateTime,
      has_breached: bool,
      business_duration: duration,
      duration: duration,
      active: bool,
    },
  },
  contract_sla: {
    display: 'name',
    fields: {
      ...SYSTEM,
      name: text,
      collection: text,
      target: choice({ response: 'Response', resolution: 'Resolution' }),
      duration: duration,
    },
  },
  sys_user: {
    display: 'name',
    fields: {
      ...SYSTEM,
      user_name: text,
      name: text,
      email: text,
      department: ref('cmn_department'),
      company: ref('core_company'),
      active: bool,
    },
  },
  sys_user_group: { display: 'name', fields: { ...SYSTEM, name: text, active: bool } },
  core_company: { display: 'name', fields: { ...SYSTEM, name: text } },
  cmn_department: { display: 'name', fields: { ...SYSTEM, name: text, company: ref('core_company') } },
  sc_cat_item: { display: 'name', fields: { ...SYSTEM, name: text, active: bool } },
  asmt_metric_type: {
    display: 'name',
    fields: { ...SYSTEM, name: text, evaluation_method: text, active: bool },
  },
  asmt_metric: {
    display: 'name',
    fields: {
      ...SYSTEM,
      name: text,
      metric_type: ref('asmt_metric_type'),
      datatype: choice({
        scale: 'Scale',
        numericscale: 'Numeric Scale',
        string: 'String',
        boolean: 'Boolean',
        choice: 'Choice',
      }),
      scale_min: integer,
      scale_max: integer,
      order: integer,
    },
  },
  asmt_assessment_instance: {
    display: 'number',
    fields: {
      ...SYSTEM,
      number: text,
      metric_type: ref('asmt_metric_type'),
      user: ref('sys_user'),
      state: choice({
        ready: 'Ready to take',
        wip: 'In progress',
        complete: 'Complete',
        canceled: 'Canceled',
      }),
      due_date: dateTime,
      expiration_date: dateTime,
      taken_on: dateTime,
      task_id: ref('task'),
      trigger_table: text,
      trigger_id: text,
    },
  },
  asmt_metric_result: {
    display: 'sys_id',
    fields: {
      ...SYSTEM,
      instance: ref('asmt_assessment_instance'),
      metric: ref('asmt_metric'),
      user: ref('sys_user'),
      actual_value: { kind: 'decimal' },
      string_value: text,
      normalized_value: { kind: 'decimal' },
      scaled_value: { kind: 'decimal' },
      source: text,
    },
  },
};

/** The tables whose rows a `task` reference can point at. */
export const TASK_TABLES = Object.entries(DICTIONARY)
  .filter(([, definition]) => definition.extends === 'task')
  .map(([name]) => name);

export function fieldType(table: string, field: string): FieldType | undefined {
  return DICTIONARY[table]?.fields[field];
}
