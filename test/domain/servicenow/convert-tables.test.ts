import { convertTables, DEFAULT_MAPPING, mappingSchema } from '../../../src/domain/servicenow';
import {
  INCIDENT_A,
  INCIDENT_B,
  INSTANCE,
  NPS_METRIC,
  RESULT_COMMENT,
  RESULT_CSAT,
  RESULT_NPS,
  SLA_RESOLUTION_A,
  SLA_RESPONSE_A,
} from './fixtures';

const mapping = mappingSchema.parse({
  surveys: {
    questions: [
      { metric: 'Overall satisfaction', survey: 'csat' },
      { metric: NPS_METRIC, survey: 'nps' },
    ],
    comments: [{ metric: 'Anything else?', survey: 'csat' }],
  },
});

describe('a Table API export → canonical records', () => {
  it('joins SLAs to tickets and comments to answers, and accounts for every row', () => {
    const canceled = { ...INCIDENT_A, sys_id: 'c1', number: 'INC0010003', state: '8' };
    const orphanSla = { ...SLA_RESPONSE_A, sys_id: 's9', task: 'gone' };
    const resolutionRunning = {
      ...SLA_RESOLUTION_A,
      sys_id: 's8',
      task: INCIDENT_B.sys_id,
      stage: 'in_progress',
    };
    const out = convertTables(
      {
        incident: [INCIDENT_A, INCIDENT_B, canceled, { sys_id: 'x', priority: 3 }],
        task_sla: [SLA_RESPONSE_A, SLA_RESOLUTION_A, orphanSla, resolutionRunning],
        asmt_metric_result: [
          RESULT_CSAT,
          RESULT_NPS,
          RESULT_COMMENT,
          { ...RESULT_CSAT, sys_id: 'r4', metric: 'm', 'metric.name': 'Speed' },
        ],
        sys_user: [{ sys_id: 'u1' }],
      },
      mapping,
    );
    expect(out.records).toEqual([
      expect.objectContaining({
        id: INCIDENT_A.sys_id,
        firstResponseAt: '2025-03-03T08:21:30.000Z',
        firstResponseBy: 'human',
      }),
      expect.objectContaining({ id: INCIDENT_B.sys_id }),
      expect.objectContaining({ survey: 'csat', score: 4, comment: 'Quick fix, thanks' }),
      expect.objectContaining({ survey: 'nps', score: 9 }),
    ]);
    expect(out.records[3]).not.toHaveProperty('comment');
    expect(out.skipped).toEqual([
      {
        table: 'incident',
        row: 4,
        message: 'field "priority" holds 3; the Table API sends every value as a string',
      },
      { table: 'task_sla', row: 3, label: 's9', message: 'its task gone is not among the exported tickets' },
      {
        table: 'asmt_metric_result',
        row: 4,
        label: 'r4',
        message: 'question "Speed" (metric m) is not mapped to CSAT, CES, NPS, ICE or a comment',
      },
    ]);
    expect(out.excluded).toEqual([
      { table: 'incident', row: 3, label: 'INC0010003', message: 'state 8 is excluded by the mapping' },
    ]);
    expect(out.notes).toEqual([
      {
        table: 'incident',
        row: 2,
        label: 'INC0010002',
        message: 'reopened without reopened_time: first resolution and reopen time unknown, left unresolved',
      },
    ]);
    expect(out.unused).toEqual([
      'task_sla: 1 rows, neither a completed response nor a completed resolution SLA',
      'sys_user: 1 rows, a table the mapping does not read',
    ]);
    expect(out.rowsRead).toBe(13);
  });

  it('joins results to instance and question rows when the export did not dot-walk', () => {
    const bare = {
      sys_id: 'r1',
      instance: INSTANCE,
      metric: 'q1',
      actual_value: '5',
      string_value: 'Very satisfied',
      user: 'u1',
    };
    const out = convertTables(
      {
        asmt_metric_result: [bare],
        asmt_assessment_instance: [
          {
            sys_id: INSTANCE,
            state: 'complete',
            trigger_table: 'incident',
            trigger_id: INCIDENT_A.sys_id,
            task_id: INCIDENT_A.sys_id,
            taken_on: '2025-03-06 10:12:44',
          },
        ],
        asmt_metric: [{ sys_id: 'q1', name: 'Overall satisfaction' }],
      },
      mapping,
    );
    expect(out.skipped).toEqual([]);
    expect(out.records).toEqual([
      {
        type: 'response',
        source: 'servicenow',
        ticketId: INCIDENT_A.sys_id,
        survey: 'csat',
        score: 5,
        answeredAt: '2025-03-06T10:12:44.000Z',
        respondent: 'u1',
      },
    ]);
  });

  it('keeps the latest copy of a record exported twice, and reports a comment with no answer to attach to', () => {
    const older = { ...INCIDENT_A, priority: '4', sys_updated_on: '2025-03-05 00:00:00' };
    const out = convertTables(
      { incident: [older, INCIDENT_A], asmt_metric_result: [{ ...RESULT_COMMENT, instance: 'other' }] },
      mapping,
    );
    expect(out.records).toEqual([expect.objectContaining({ id: INCIDENT_A.sys_id, priority: 'Moderate' })]);
    expect(out.excluded).toEqual([
      { table: 'incident', row: 1, label: 'INC0010001', message: 'an older copy of the record in row 2' },
    ]);
    expect(out.skipped).toEqual([
      {
        table: 'asmt_metric_result',
        row: 1,
        label: RESULT_COMMENT.sys_id,
        message: 'a comment without a csat answer in the same survey instance',
      },
    ]);
  });

  it('maps no survey question by default: a stock instance has no CSAT/CES/NPS meaning to guess', () => {
    const out = convertTables({ asmt_metric_result: [RESULT_CSAT] }, DEFAULT_MAPPING);
    expect(out.records).toEqual([]);
    expect(out.skipped.map((s) => s.message)).toEqual([
      `question "Overall satisfaction" (metric ${RESULT_CSAT.metric}) is not mapped to CSAT, CES, NPS, ICE or a comment`,
    ]);
  });
});
