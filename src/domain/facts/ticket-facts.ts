import { JSM_FEEDBACK_SOURCE } from '../capture/jsm-feedback';
import { ticketRecordOf } from '../capture/ticket-record-of';
import type { CanonicalRecordInput } from '../records/canonical';
import { dailyKey } from '../buckets/placement';
import type { StoredAnswer, TicketState } from '../ticket/ticket-state';
import { clockFaultsOf, type ClockFault } from '../quality/clock-faults';
import type { Dimensions } from './dimensions';

/**
 * A fact: a ticket's canonical records (metrics.md) placed on one calendar day, stored under
 * `fact:<project>:<day>:<issue>`; what the aggregates of that day are computed from. Records are
 * in the NDJSON wire form, so stored facts, exports and the CLI all read the same thing.
 */
export interface Fact {
  projectKey: string;
  day: string;
  issueId: string;
  issueKey: string;
  dimensions: Dimensions;
  records: CanonicalRecordInput[];
  /** On the creation day's fact only: Jira clocks that contradict the creation (data quality). */
  clockFaults?: ClockFault[];
  /**
   * On a self-service session's fact only: when its user raised a request within 24 hours of its
   * start, which makes a completed session a failed one (metrics.md). The session's day is folded
   * without the requests' own facts, so the times travel with it.
   */
  requestsRaisedAt?: string[];
}

/** The `source` of the app's own answers; JSM's ratings are `jsm-feedback`. */
export const APP_SOURCE = 'app';

/**
 * The app's answers as facts carry them: at most one per survey cycle (the resolution it asks
 * about), the first by `answeredAt` when a ticket somehow holds two, each with its cycle. The
 * survey lets an answer in only once, so this is the rule stated where records are made, not a
 * repair: every reader (day aggregates, the export, the CLI) then finds one answer per cycle.
 */
function answersByCycle(ticket: TicketState): Array<{ answer: StoredAnswer; cycle: number | undefined }> {
  const cycleOf = new Map(ticket.surveys.map((survey) => [survey.id, survey.cycle]));
  const sorted = [...ticket.answers].sort((a, b) => Date.parse(a.answeredAt) - Date.parse(b.answeredAt));
  const seen = new Set<number | undefined>();
  const kept: Array<{ answer: StoredAnswer; cycle: number | undefined }> = [];
  for (const answer of sorted) {
    const cycle = cycleOf.get(answer.surveyId);
    if (seen.has(cycle)) continue;
    seen.add(cycle);
    kept.push({ answer, cycle });
  }
  return kept;
}

/**
 * Every record the app derives from a ticket, grouped by the calendar day it falls on in the
 * reporting time zone: each invitation sent (one per survey question, placed by `sentAt`), each
 * answer (a `ces` and a `csat` response with its cycle, placed by `answeredAt`, one per cycle),
 * JSM's own rating (its own source, never merged with the app's answers), and the
 * ticket record of the process metrics — on the day it was created (MTTA) and on the day it was
 * first resolved (FCR, TTV, AHT). The aggregate of a day counts only what that day places, so the
 * ticket record standing on two days is counted once per metric.
 *
 * Empty input: a ticket never surveyed nor observed has no facts.
 */
export function ticketFacts(ticket: TicketState, dimensions: Dimensions, timeZone: string): Fact[] {
  const dayOf = dailyKey(timeZone);
  const byDay = new Map<string, CanonicalRecordInput[]>();
  const place = (at: string, record: CanonicalRecordInput) => {
    const day = dayOf(Date.parse(at))!;
    byDay.set(day, [...(byDay.get(day) ?? []), record]);
  };
  for (const survey of ticket.surveys) {
    if (survey.invitedAt) {
      for (const kind of ['ces', 'csat'] as const) {
        place(survey.invitedAt, {
          type: 'invitation',
          ticketId: ticket.issueId,
          survey: kind,
          sentAt: survey.invitedAt,
        });
      }
    }
  }
  for (const { answer, cycle } of answersByCycle(ticket)) {
    const common = {
      type: 'response' as const,
      source: APP_SOURCE,
      ticketId: ticket.issueId,
      answeredAt: answer.answeredAt,
      ...(cycle === undefined ? {} : { cycle }),
      ...(answer.respondent ? { respondent: answer.respondent } : {}),
    };
    if (answer.ces !== null)
      place(answer.answeredAt, { ...common, survey: 'ces', score: answer.ces, comment: answer.comment });
    if (answer.csat !== null) {
      // The comment travels once, with the first score, so exports do not repeat it.
      place(answer.answeredAt, {
        ...common,
        survey: 'csat',
        score: answer.csat,
        ...(answer.ces === null ? { comment: answer.comment } : {}),
      });
    }
  }
  if (ticket.jsmFeedback) {
    const { score, comment, answeredAt, respondent } = ticket.jsmFeedback;
    place(answeredAt, {
      type: 'response',
      source: JSM_FEEDBACK_SOURCE,
      ticketId: ticket.issueId,
      survey: 'csat',
      score,
      answeredAt,
      ...(respondent ? { respondent } : {}),
      ...(comment ? { comment } : {}),
    });
  }
  const captured = ticket.observation ? ticketRecordOf(ticket.observation) : null;
  if (captured?.ok) {
    const { record } = captured;
    const placements = new Set([dayOf(Date.parse(String(record.createdAt)))!]);
    if (record.resolvedAt) placements.add(dayOf(Date.parse(String(record.resolvedAt)))!);
    for (const day of placements) byDay.set(day, [...(byDay.get(day) ?? []), record]);
  }
  const faults = ticket.observation ? clockFaultsOf(ticket.observation) : [];
  const createdDay = captured?.ok ? dayOf(Date.parse(String(captured.record.createdAt))) : undefined;
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, records]) => ({
      projectKey: ticket.projectKey,
      day,
      issueId: ticket.issueId,
      issueKey: ticket.issueKey,
      dimensions,
      records,
      ...(day === createdDay && faults.length > 0 ? { clockFaults: faults } : {}),
    }));
}

/**
 * The facts to write and to delete when a ticket changes: days whose facts differ. Writing only
 * what changed keeps each commit small; deleting a day that no longer has facts keeps none stale.
 */
export function factChanges(before: Fact[], after: Fact[]): { write: Fact[]; remove: Fact[] } {
  const previous = new Map(before.map((facts) => [facts.day, JSON.stringify(facts)]));
  const write = after.filter((facts) => previous.get(facts.day) !== JSON.stringify(facts));
  const kept = new Set(after.map((facts) => facts.day));
  return { write, remove: before.filter((facts) => !kept.has(facts.day)) };
}
