import { responseSchema, type ResponseInput } from '../records/response';
import { SCALES } from '../records/survey-kind';
import { dropUndefined, firstIssue, type Conversion } from './conversion';
import { readDateTime, readWholeNumber } from './glide-values';
import { scaleOf, type QuestionMapping, type ServiceNowMapping } from './mapping';
import { fieldOf, firstFilled, type TableRow } from './table-row';
import { isoOf } from '../records/instant';

/**
 * The fields a survey result needs, dot-walked from `asmt_metric_result` in one request
 * (servicenow.md §6): the question, the answer, and the instance's trigger record and time.
 */
export const RESULT_FIELDS = [
  'sys_id',
  'instance',
  'metric',
  'metric.name',
  'actual_value',
  'string_value',
  'user',
  'sys_created_on',
  'sys_updated_on',
  'instance.state',
  'instance.trigger_table',
  'instance.trigger_id',
  'instance.task_id',
  'instance.taken_on',
] as const;

/** What a result row is under the mapping: an answer to convert, a comment to attach, or neither. */
export type ResultRole =
  | { kind: 'question'; question: QuestionMapping }
  | { kind: 'comment'; survey: QuestionMapping['survey'] }
  | { kind: 'unmapped'; reason: string };

/** Finds the row's question in the mapping by sys_id first, then by name. */
export function roleOf(row: TableRow, surveys: ServiceNowMapping['surveys']): ResultRole {
  const id = fieldOf(row, 'metric') ?? '';
  const name = fieldOf(row, 'metric.name') ?? '';
  const matches = (metric: string) => metric === id || (name !== '' && metric === name);
  const question =
    surveys.questions.find((q) => q.metric === id) ?? surveys.questions.find((q) => matches(q.metric));
  if (question) return { kind: 'question', question };
  const comment = surveys.comments.find((c) => matches(c.metric));
  if (comment) return { kind: 'comment', survey: comment.survey };
  const label = name === '' ? `metric ${id || '(none)'}` : `"${name}" (metric ${id || '?'})`;
  return { kind: 'unmapped', reason: `question ${label} is not mapped to CSAT, CES, NPS, ICE or a comment` };
}

/**
 * The ticket a survey instance is about: the trigger record when the trigger table is a mapped
 * ticket table, else the instance's task reference [53][54].
 */
export function ticketOf(row: TableRow, ticketTables: readonly string[]): string | undefined {
  const table = fieldOf(row, 'instance.trigger_table') ?? '';
  const trigger = fieldOf(row, 'instance.trigger_id') ?? '';
  if (trigger !== '' && ticketTables.includes(table)) return trigger;
  return firstFilled(row, ['instance.task_id']);
}

/**
 * One `asmt_metric_result` row mapped as a survey question → a canonical response.
 *
 * `actual_value` is the chosen option's value for Likert and choice questions, and `-1` for
 * free-text and date answers [55][56]; "4" and "4.0" read alike. The score moves onto the
 * canonical scale by the mapped scale's offset, mirrored when the question is inverted.
 * Answered at the instance's `taken_on`, else when the result was saved.
 */
export function responseFromResult(
  row: TableRow,
  question: QuestionMapping,
  ticketTables: readonly string[],
): Conversion<ResponseInput> {
  const state = fieldOf(row, 'instance.state');
  if (state !== undefined && state !== '' && state !== 'complete') {
    return { ok: false, reason: `survey instance is not complete (state "${state}")` };
  }
  const raw = fieldOf(row, 'actual_value') ?? '';
  if (raw === '') return { ok: false, reason: 'unanswered: actual_value is empty' };
  const actual = readWholeNumber(raw);
  if (!actual.ok) return { ok: false, reason: `actual_value: ${actual.reason}` };
  const value = actual.value as number;
  if (value === -1) {
    return {
      ok: false,
      reason: `free-text or date answer (actual_value -1) to a question mapped to ${question.survey}`,
    };
  }
  const scale = scaleOf(question);
  if (value < scale.min || value > scale.max) {
    return { ok: false, reason: `answer ${value} is outside the question's scale ${scale.min}–${scale.max}` };
  }
  const canonical = SCALES[question.survey];
  const score = question.inverted ? canonical.max - (value - scale.min) : canonical.min + (value - scale.min);

  const ticketId = ticketOf(row, ticketTables);
  if (ticketId === undefined) {
    const table = fieldOf(row, 'instance.trigger_table') || 'none';
    return {
      ok: false,
      reason: `survey instance is about no ticket (trigger table ${table}, no task_id)`,
    };
  }
  const takenOn = readDateTime(fieldOf(row, 'instance.taken_on') ?? '');
  if (!takenOn.ok) return { ok: false, reason: `instance.taken_on: ${takenOn.reason}` };
  const saved = readDateTime(fieldOf(row, 'sys_created_on') ?? '');
  const answeredAt = takenOn.value ?? (saved.ok ? saved.value : undefined);
  if (answeredAt === undefined) {
    return {
      ok: false,
      reason: 'instance.taken_on and sys_created_on are empty: the answer time is unknown',
    };
  }
  const response: ResponseInput = dropUndefined({
    type: 'response',
    source: 'servicenow',
    ticketId,
    survey: question.survey,
    question: question.survey === 'ice' ? question.question : undefined,
    score,
    answeredAt: isoOf(answeredAt),
    respondent: firstFilled(row, ['user']),
  });
  const checked = responseSchema.safeParse(response);
  if (!checked.success) return { ok: false, reason: firstIssue('response', checked.error) };
  return { ok: true, record: response, notes: [] };
}
