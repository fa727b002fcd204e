import { responseSchema, ticketSchema, type ResponseInput, type TicketInput } from '../../domain';
import type { Columns, CsvField } from './columns';

export type RowOutcome =
  { ok: true; records: Array<TicketInput | ResponseInput> } | { ok: false; reason: string };

type ReadDate = (text: string) => number | undefined;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Turns one export row into a canonical ticket and, when JSM's satisfaction rating is filled in,
 * a CSAT response by the reporter. From comments (`date;author;body`, authors by account id) it
 * takes the first response (the first comment by anyone but the reporter — an export cannot tell
 * internal comments apart) and follow-ups (the reporter's comments after resolution), which give
 * MTTA and an FCR proxy. Every record is validated with the canonical schemas.
 */
export function recordsFromRow(fields: readonly string[], columns: Columns, readDate: ReadDate): RowOutcome {
  const cell = (field: CsvField) => {
    const i = columns.index[field];
    const value = i === undefined ? undefined : fields[i]?.trim();
    return value === '' ? undefined : value;
  };
  const dateOf = (field: CsvField): { ms?: number; reason?: string } => {
    const text = cell(field);
    if (text === undefined) return {};
    const ms = readDate(text);
    return ms === undefined ? { reason: `${field}: cannot read the date "${text}"` } : { ms };
  };
  const created = dateOf('created');
  const resolved = dateOf('resolved');
  const rated = dateOf('satisfactionDate');
  const badDate = [created, resolved, rated].find((date) => date.reason !== undefined);
  if (badDate !== undefined) return { ok: false, reason: badDate.reason as string };
  if (created.ms === undefined) return { ok: false, reason: 'created: missing' };

  const reporter = cell('reporter');
  const { firstResponseAt, followUpAt } = commentFacts(fields, columns, reporter, resolved.ms, readDate);
  const issueType = cell('issueType')?.toLowerCase() ?? '';
  const timeSpent = Number(cell('timeSpent'));
  const ticket: TicketInput = {
    type: 'ticket',
    source: 'jsm',
    id: cell('id') ?? '',
    key: cell('key'),
    project: cell('project'),
    kind: issueType.includes('incident') ? 'incident' : issueType.includes('request') ? 'request' : undefined,
    priority: cell('priority'),
    requestType: cell('requestType'),
    assignee: cell('assignee'),
    reporter,
    createdAt: iso(created.ms),
    resolvedAt: resolved.ms === undefined ? undefined : iso(resolved.ms),
    firstResponseAt: firstResponseAt === undefined ? undefined : iso(firstResponseAt),
    followUpAt: followUpAt.map(iso),
    handleSeconds: cell('timeSpent') !== undefined && Number.isFinite(timeSpent) ? timeSpent : undefined,
  };
  const records: Array<TicketInput | ResponseInput> = [ticket];
  const rating = cell('satisfaction');
  if (rating !== undefined) {
    const score = Number(/\d+/.exec(rating)?.[0]);
    records.push({
      type: 'response',
      source: 'jsm',
      ticketId: ticket.id,
      survey: 'csat',
      score,
      answeredAt: iso(rated.ms ?? resolved.ms ?? created.ms),
      respondent: reporter,
    });
  }
  for (const record of records) {
    const result =
      record.type === 'ticket' ? ticketSchema.safeParse(record) : responseSchema.safeParse(record);
    if (!result.success) {
      const issue = result.error.issues[0];
      return {
        ok: false,
        reason: `${record.type} ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
      };
    }
  }
  return { ok: true, records: records.map(dropUndefined) };
}

function commentFacts(
  fields: readonly string[],
  columns: Columns,
  reporter: string | undefined,
  resolvedAt: number | undefined,
  readDate: ReadDate,
): { firstResponseAt?: number; followUpAt: number[] } {
  if (!columns.reporterIsId || reporter === undefined) return { followUpAt: [] };
  let firstResponseAt: number | undefined;
  const followUpAt: number[] = [];
  for (const i of columns.comments) {
    const [date, author] = (fields[i] ?? '').split(';', 2);
    const at = date === undefined ? undefined : readDate(date);
    if (at === undefined || author === undefined) continue;
    if (author.trim() !== reporter) firstResponseAt = Math.min(firstResponseAt ?? Infinity, at);
    else if (resolvedAt !== undefined && at > resolvedAt) followUpAt.push(at);
  }
  return { firstResponseAt, followUpAt: followUpAt.sort((a, b) => a - b) };
}

/** Absent fields and empty lists are left out of the NDJSON; readers default them. */
function dropUndefined<T extends object>(record: T): T {
  const present = ([, value]: [string, unknown]) =>
    value !== undefined && !(Array.isArray(value) && value.length === 0);
  return Object.fromEntries(Object.entries(record).filter(present)) as T;
}
