import { TZDate } from '@date-fns/tz';
import type {
  BreakdownDimension,
  Drilldown,
  DrilldownRow,
  GadgetConfiguration,
} from '../../contract/gadgets';
import { NONE_KEY } from '../../domain/facts/dimensions';
import type { TicketState } from '../../domain/ticket/ticket-state';
import type { ServiceDesk } from '../ports/service-desk';
import type { TicketStore } from '../ports/ticket-store';
import type { GadgetScope } from './gadget-scope';

type Deps = { tickets: TicketStore; desk: ServiceDesk };

/** Where a drill-down stopped: which project of the window, and where in its tickets. */
interface Position {
  project: number;
  cursor?: string;
}

const encode = (position: Position) => Buffer.from(JSON.stringify(position)).toString('base64url');
function decode(cursor: string | undefined): Position {
  if (!cursor) return { project: 0 };
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as Position;
    if (Number.isInteger(value.project) && value.project >= 0) return value;
  } catch {
    // fall through: a cursor we did not write starts from the beginning
  }
  return { project: 0 };
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The first instant of a calendar day (YYYY-MM-DD) in a time zone, in ms since the epoch. */
function startOfDayIn(day: string, timeZone: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(year, month - 1, date, timeZone).getTime();
}

const matches = (
  ticket: TicketState,
  dimension: BreakdownDimension,
  key: string | undefined,
  requestTypes: string[],
) => {
  const typeId = ticket.dimensions.requestType?.id ?? NONE_KEY;
  if (requestTypes.length > 0 && !requestTypes.includes(typeId)) return false;
  // The drill-down lists the app's own answers, which are all JSM's.
  if (dimension === 'source') return key === undefined || key === 'jsm';
  return key === undefined || (ticket.dimensions[dimension]?.id ?? NONE_KEY) === key;
};

/**
 * The answers behind a breakdown row (or the whole window when `key` is absent), newest first, a
 * page at a time. Comments are shown only to agents of the ticket's project.
 */
export async function drilldown(
  deps: Deps,
  scope: GadgetScope,
  config: GadgetConfiguration,
  request: { key?: string; cursor?: string; pageSize?: number },
): Promise<Drilldown> {
  const { from, to, timeZone } = scope.window;
  // Only JSM projects hold the app's answers; ServiceNow's stay in the instance's surveys.
  const projects = scope.sources.jsm;
  const fromMs = startOfDayIn(from, timeZone);
  // The next day's start, not +24 h: a day with a clock change is 23 or 25 hours long.
  const toMs = startOfDayIn(nextDay(to), timeZone) - 1;
  const pageSize = request.pageSize ?? 50;
  const rows: DrilldownRow[] = [];
  let position = decode(request.cursor);
  let commentsHidden = false;
  const agentOf = new Map<string, boolean>();

  while (position.project < projects.length && rows.length < pageSize) {
    const projectKey = projects[position.project]!;
    if (!agentOf.has(projectKey)) agentOf.set(projectKey, await deps.desk.viewerIsAgentOf(projectKey));
    const page = await deps.tickets.answeredBetween(
      projectKey,
      Math.floor(fromMs / 60_000),
      Math.floor(toMs / 60_000),
      position.cursor,
    );
    for (const ticket of page.tickets.filter((t) =>
      matches(t, config.dimension, request.key, scope.requestTypes),
    )) {
      for (const answer of ticket.answers) {
        const at = Date.parse(answer.answeredAt);
        if (at < fromMs || at > toMs) continue;
        const showComment = agentOf.get(projectKey) === true;
        if (!showComment && answer.comment) commentsHidden = true;
        rows.push({
          ticketKey: ticket.issueKey,
          answeredAt: answer.answeredAt,
          ces: answer.ces,
          csat: answer.csat,
          comment: showComment ? answer.comment : null,
        });
      }
    }
    position = page.cursor
      ? { project: position.project, cursor: page.cursor }
      : { project: position.project + 1 };
  }
  rows.sort((a, b) => b.answeredAt.localeCompare(a.answeredAt));
  return {
    rows,
    ...(position.project < projects.length ? { cursor: encode(position) } : {}),
    commentsHidden,
  };
}

/** Every answer behind the window (or a breakdown row) as CSV, for spreadsheets and BI tools. */
export async function exportCsv(
  deps: Deps,
  scope: GadgetScope,
  config: GadgetConfiguration,
  key: string | undefined,
): Promise<{ filename: string; csv: string }> {
  const lines = ['ticket,answered_at,ces,csat,comment'];
  let cursor: string | undefined;
  do {
    const page = await drilldown(deps, scope, config, { key, cursor, pageSize: 500 });
    for (const row of page.rows) {
      lines.push(
        [row.ticketKey, row.answeredAt, row.ces ?? '', row.csat ?? '', row.comment ?? '']
          .map(csvField)
          .join(','),
      );
    }
    cursor = page.cursor;
  } while (cursor);
  const { from, to } = scope.window;
  return {
    filename: `cx-responses-${from}-to-${to}${key ? `-${config.dimension}-${key}` : ''}.csv`,
    csv: `${lines.join('\r\n')}\r\n`,
  };
}

/**
 * One CSV field (RFC 4180), and a leading =, +, - or @ neutralised so a spreadsheet never runs a
 * customer's comment as a formula.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
