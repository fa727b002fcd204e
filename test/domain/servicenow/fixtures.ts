/**
 * The fixture shapes of servicenow.md ("Fixture shape"): two incidents and survey results as the
 * Table API answers them with display_value=false and exclude_reference_link=true — every value a
 * string, references bare 32-hex sys_ids, dot-walked keys literal.
 */
export const GROUP = '287ebd7da9fe198100f92cc8d1d2154e';
export const AGENT = '46d44a23a9fe19810012d100cca80666';
export const CALLER = '5137153cc611227c000bbd1bd8cd2005';
export const SURVEYOR = '62826bf03710200044e0bfc8bcbe5df1';

export const INCIDENT_A = {
  sys_id: '9d385017c611228701d22104cc95c371',
  number: 'INC0010001',
  state: '7',
  incident_state: '7',
  priority: '3',
  impact: '2',
  urgency: '2',
  opened_at: '2025-03-03 08:15:00',
  resolved_at: '2025-03-03 09:02:10',
  closed_at: '2025-03-06 09:05:00',
  reopen_count: '0',
  reassignment_count: '0',
  assignment_group: GROUP,
  assigned_to: AGENT,
  caller_id: CALLER,
  category: 'software',
  contact_type: 'phone',
  calendar_stc: '2830',
  sys_updated_on: '2025-03-06 09:05:00',
};

export const INCIDENT_B = {
  ...INCIDENT_A,
  sys_id: 'e8caedcbc0a80164017df472f39eaed1',
  number: 'INC0010002',
  state: '2',
  incident_state: '2',
  opened_at: '2025-03-04 10:00:00',
  resolved_at: '',
  closed_at: '',
  calendar_stc: '',
  reopen_count: '1',
  reassignment_count: '2',
  contact_type: 'email',
  sys_updated_on: '2025-03-05 14:30:00',
};

export const INSTANCE = 'a0a1a2a3a4a5a6a7a8a9aaabacadaeaf';
export const CSAT_METRIC = 'b0b1b2b3b4b5b6b7b8b9babbbcbdbebf';
export const NPS_METRIC = 'c0c1c2c3c4c5c6c7c8c9cacbcccdcecf';
export const COMMENT_METRIC = 'd0d1d2d3d4d5d6d7d8d9dadbdcdddedf';

const resultBase = {
  instance: INSTANCE,
  'metric.datatype': 'scale',
  normalized_value: '0.75',
  user: SURVEYOR,
  sys_updated_on: '2025-03-06 10:12:44',
  'instance.trigger_table': 'incident',
  'instance.trigger_id': INCIDENT_A.sys_id,
  'instance.task_id': INCIDENT_A.sys_id,
  'instance.taken_on': '2025-03-06 10:12:44',
};

export const RESULT_CSAT = {
  ...resultBase,
  sys_id: '10000000000000000000000000000001',
  metric: CSAT_METRIC,
  'metric.name': 'Overall satisfaction',
  actual_value: '4',
  string_value: 'Satisfied',
};

export const RESULT_NPS = {
  ...resultBase,
  sys_id: '10000000000000000000000000000002',
  metric: NPS_METRIC,
  'metric.name': 'How likely are you to recommend us?',
  'metric.datatype': 'numericscale',
  actual_value: '9',
  string_value: '9',
  normalized_value: '0.9',
};

export const RESULT_COMMENT = {
  ...resultBase,
  sys_id: '10000000000000000000000000000003',
  metric: COMMENT_METRIC,
  'metric.name': 'Anything else?',
  'metric.datatype': 'string',
  actual_value: '-1',
  string_value: 'Quick fix, thanks',
  normalized_value: '0',
};

/** task_sla rows of incident A: a response SLA met by a person, a resolution SLA met at resolution. */
export const SLA_RESPONSE_A = {
  sys_id: '20000000000000000000000000000001',
  task: INCIDENT_A.sys_id,
  sla: '30000000000000000000000000000001',
  'sla.target': 'response',
  stage: 'completed',
  start_time: '2025-03-03 08:15:00',
  end_time: '2025-03-03 08:21:30',
  has_breached: 'false',
  sys_updated_by: 'beth.anglin',
  sys_updated_on: '2025-03-03 08:21:30',
};

export const SLA_RESOLUTION_A = {
  ...SLA_RESPONSE_A,
  sys_id: '20000000000000000000000000000002',
  sla: '30000000000000000000000000000002',
  'sla.target': 'resolution',
  end_time: '2025-03-03 09:02:10',
  sys_updated_on: '2025-03-03 09:02:10',
};
