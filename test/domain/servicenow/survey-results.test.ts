import { mappingSchema, responseFromResult, roleOf } from '../../../src/domain/servicenow';
import {
  CSAT_METRIC,
  INCIDENT_A,
  NPS_METRIC,
  RESULT_COMMENT,
  RESULT_CSAT,
  RESULT_NPS,
  SURVEYOR,
} from './fixtures';

const TABLES = ['incident', 'sc_req_item'];

const mapped = (questions: unknown[], comments: unknown[] = []) =>
  mappingSchema.parse({ surveys: { questions, comments } }).surveys;

/** The mapped question of a row, for the conversion under test. */
function questionOf(row: Record<string, string>, surveys: ReturnType<typeof mapped>) {
  const role = roleOf(row, surveys);
  if (role.kind !== 'question') throw new Error(`not a question: ${JSON.stringify(role)}`);
  return role.question;
}

describe('survey results → responses', () => {
  const surveys = mapped([
    { metric: 'Overall satisfaction', survey: 'csat' },
    { metric: NPS_METRIC, survey: 'nps' },
  ]);

  it('converts R1 (CSAT Likert, mapped by name) and R2 (NPS 0–10, mapped by sys_id)', () => {
    expect(responseFromResult(RESULT_CSAT, questionOf(RESULT_CSAT, surveys), TABLES)).toEqual({
      ok: true,
      notes: [],
      record: {
        type: 'response',
        source: 'servicenow',
        ticketId: INCIDENT_A.sys_id,
        survey: 'csat',
        score: 4,
        answeredAt: '2025-03-06T10:12:44.000Z',
        respondent: SURVEYOR,
      },
    });
    expect(responseFromResult(RESULT_NPS, questionOf(RESULT_NPS, surveys), TABLES)).toMatchObject({
      ok: true,
      record: { survey: 'nps', score: 9 },
    });
  });

  it('reads "4.0" as 4, and refuses the free-text variant and answers off the scale', () => {
    const q = questionOf(RESULT_CSAT, surveys);
    expect(responseFromResult({ ...RESULT_CSAT, actual_value: '4.0' }, q, TABLES)).toMatchObject({
      ok: true,
      record: { score: 4 },
    });
    expect(responseFromResult({ ...RESULT_CSAT, actual_value: '-1' }, q, TABLES)).toEqual({
      ok: false,
      reason: 'free-text or date answer (actual_value -1) to a question mapped to csat',
    });
    expect(responseFromResult({ ...RESULT_CSAT, actual_value: '6' }, q, TABLES)).toEqual({
      ok: false,
      reason: "answer 6 is outside the question's scale 1–5",
    });
    expect(responseFromResult({ ...RESULT_CSAT, actual_value: '' }, q, TABLES)).toEqual({
      ok: false,
      reason: 'unanswered: actual_value is empty',
    });
  });

  it('moves an offset scale onto the canonical one, mirrored when inverted', () => {
    const ces = mapped([
      { metric: 'effort-0-6', survey: 'ces', scale: { min: 0, max: 6 } },
      { metric: 'effort-inverted', survey: 'ces', inverted: true },
    ]);
    const row = (metric: string, actual: string) => ({
      ...RESULT_CSAT,
      metric,
      'metric.name': '',
      actual_value: actual,
    });
    const score = (metric: string, actual: string) => {
      const result = responseFromResult(row(metric, actual), questionOf(row(metric, actual), ces), TABLES);
      return result.ok ? result.record.score : result.reason;
    };
    expect([score('effort-0-6', '0'), score('effort-0-6', '6')]).toEqual([1, 7]);
    // 1 = "very easy" on an inverted 1–7 question is the canonical 7.
    expect([
      score('effort-inverted', '1'),
      score('effort-inverted', '7'),
      score('effort-inverted', '5'),
    ]).toEqual([7, 1, 3]);
  });

  it('refuses a scale that would need rescaling, and ICE without its question', () => {
    expect(() => mapped([{ metric: 'x', survey: 'csat', scale: { min: 1, max: 10 } }])).toThrow(
      'a csat question needs 5 points like 1–5, not 1–10',
    );
    expect(() => mapped([{ metric: 'x', survey: 'ice' }])).toThrow('ice needs a question');
    const ice = mapped([{ metric: CSAT_METRIC, survey: 'ice', question: 'clarity' }]);
    expect(responseFromResult(RESULT_CSAT, questionOf(RESULT_CSAT, ice), TABLES)).toMatchObject({
      ok: true,
      record: { survey: 'ice', question: 'clarity', score: 4 },
    });
  });

  it('finds the ticket through the trigger, else the task reference, and says when there is none', () => {
    const q = questionOf(RESULT_CSAT, surveys);
    const viaTask = { ...RESULT_CSAT, 'instance.trigger_table': 'problem', 'instance.trigger_id': 'p1' };
    expect(responseFromResult(viaTask, q, TABLES)).toMatchObject({
      ok: true,
      record: { ticketId: INCIDENT_A.sys_id },
    });
    expect(responseFromResult({ ...viaTask, 'instance.task_id': '' }, q, TABLES)).toEqual({
      ok: false,
      reason: 'survey instance is about no ticket (trigger table problem, no task_id)',
    });
  });

  it('places an answer at the instance taken_on, else when it was saved, and skips unfinished instances', () => {
    const q = questionOf(RESULT_CSAT, surveys);
    const saved = { ...RESULT_CSAT, 'instance.taken_on': '', sys_created_on: '2025-03-06 10:00:00' };
    expect(responseFromResult(saved, q, TABLES)).toMatchObject({
      ok: true,
      record: { answeredAt: '2025-03-06T10:00:00.000Z' },
    });
    expect(responseFromResult({ ...saved, sys_created_on: '' }, q, TABLES)).toEqual({
      ok: false,
      reason: 'instance.taken_on and sys_created_on are empty: the answer time is unknown',
    });
    expect(responseFromResult({ ...RESULT_CSAT, 'instance.state': 'wip' }, q, TABLES)).toEqual({
      ok: false,
      reason: 'survey instance is not complete (state "wip")',
    });
  });

  it('tells mapped questions, comments and unmapped questions apart', () => {
    const withComment = mapped(
      [{ metric: 'Overall satisfaction', survey: 'csat' }],
      [{ metric: 'Anything else?' }],
    );
    expect(roleOf(RESULT_COMMENT, withComment)).toEqual({ kind: 'comment', survey: 'csat' });
    expect(roleOf(RESULT_NPS, withComment)).toEqual({
      kind: 'unmapped',
      reason: `question "How likely are you to recommend us?" (metric ${NPS_METRIC}) is not mapped to CSAT, CES, NPS, ICE or a comment`,
    });
  });
});
