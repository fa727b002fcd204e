import type { ReportFollowUp } from '../../contract/report-page';
import { TZDate } from '@date-fns/tz';
import type { TicketStore } from '../ports/ticket-store';
import type { GadgetScope } from '../gadgets/gadget-scope';

/** The first instant of a calendar day (YYYY-MM-DD) plus `days`, in a time zone (a clock change makes a day 23 or 25 h). */
function dayStart(day: string, timeZone: string, days = 0): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(year, month - 1, date + days, timeZone).getTime();
}

/** A report lists at most this many open follow-ups, newest first. */
export const FOLLOW_UP_LIMIT = 100;

/**
 * The low scores answered in the window whose follow-up nobody has marked done, newest first:
 * what the review should read. `showComments` says for which projects the reader may see the
 * customers' comments (a viewer: agents of the project only, as in the drill-down).
 */
export async function openFollowUps(
  deps: { tickets: TicketStore },
  scope: GadgetScope,
  showComments: (projectKey: string) => Promise<boolean>,
): Promise<ReportFollowUp[]> {
  const { from, to, timeZone, projects } = scope.window;
  const fromMs = dayStart(from, timeZone);
  const toMs = dayStart(to, timeZone, 1) - 1;
  const rows: ReportFollowUp[] = [];
  for (const projectKey of projects) {
    const agent = await showComments(projectKey);
    let cursor: string | undefined;
    do {
      const page = await deps.tickets.answeredBetween(
        projectKey,
        Math.floor(fromMs / 60_000),
        Math.floor(toMs / 60_000),
        cursor,
      );
      for (const ticket of page.tickets) {
        const typeId = ticket.dimensions.requestType?.id ?? '-';
        if (scope.requestTypes.length > 0 && !scope.requestTypes.includes(typeId)) continue;
        const open = new Set(ticket.followUps.filter((f) => f.doneAt === null).map((f) => f.surveyId));
        for (const answer of ticket.answers) {
          const at = Date.parse(answer.answeredAt);
          if (!open.has(answer.surveyId) || at < fromMs || at > toMs) continue;
          rows.push({
            ticketKey: ticket.issueKey,
            answeredAt: answer.answeredAt,
            ces: answer.ces,
            csat: answer.csat,
            comment: agent ? answer.comment : null,
          });
        }
      }
      cursor = page.cursor;
    } while (cursor);
  }
  rows.sort((a, b) => b.answeredAt.localeCompare(a.answeredAt) || a.ticketKey.localeCompare(b.ticketKey));
  return rows.slice(0, FOLLOW_UP_LIMIT);
}
