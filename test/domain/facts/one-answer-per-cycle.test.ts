import {
  buildDayAggregate,
  mergeAggregates,
  selectTotal,
} from '../../../src/domain/aggregates/day-aggregate';
import { ticketFacts, type Fact } from '../../../src/domain/facts/ticket-facts';
import { NO_DIMENSIONS } from '../../../src/domain/facts/dimensions';
import { DEFAULT_SETTINGS } from '../../../src/domain/metrics/settings';
import { parseRecord, type CanonicalRecord } from '../../../src/domain/records/canonical';
import { computeMetrics } from '../../../src/domain/report/metrics';
import { reportFromRecords } from '../../../src/domain/report/report';
import { markAnswered, onReopen } from '../../../src/domain/survey';
import { emptyTicket, type TicketState } from '../../../src/domain/ticket/ticket-state';
import { decide, hoursAfter, invited, daysAfter, unwrap } from '../survey/fixtures';

const AS_OF = Date.parse('2026-04-01T00:00:00Z');
const UTC = 'UTC';

/** What the gadgets read: each day's aggregate built from that day's facts, then merged. */
function gadgetCsat(facts: Fact[]) {
  const days = facts.map((fact) => buildDayAggregate('SD', fact.day, [fact], { asOf: AS_OF, timeZone: UTC }));
  const merged = mergeAggregates(days, { projectKey: 'SD', period: 'all' });
  return computeMetrics(selectTotal(merged, []), { asOf: AS_OF, settings: DEFAULT_SETTINGS }).csat;
}

/** What `cx-metrics report` reads over the app's export: every record once, over the whole file. */
function reportCsat(facts: Fact[]) {
  const records: CanonicalRecord[] = [];
  for (const fact of facts) {
    for (const input of fact.records) {
      if (input.type === 'ticket' && String(input.createdAt).slice(0, 10) !== fact.day) continue;
      const parsed = parseRecord(JSON.parse(JSON.stringify(input)));
      if (!parsed.ok) throw new Error(parsed.reason);
      records.push(parsed.record);
    }
  }
  return reportFromRecords(records, { asOf: AS_OF, from: null, to: null }).metrics.csat;
}

/** Resolved, answered (CSAT 1), reopened, resolved again a day later and answered again (CSAT 5). */
function reopenedAndReanswered(): TicketState {
  const first = unwrap(markAnswered(invited(), { at: hoursAfter(2), respondent: 'customer-1' }));
  const second = unwrap(
    markAnswered(
      { ...invited(), id: '10001:56', changelogId: '56', cycle: 2, resolvedAt: daysAfter(1).toISOString() },
      { at: daysAfter(2), respondent: 'customer-1' },
    ),
  );
  const answer = (surveyId: string, csat: number, at: Date) => ({
    surveyId,
    ces: null,
    csat,
    comment: null,
    answeredAt: at.toISOString(),
    respondent: 'customer-1',
  });
  return {
    ...emptyTicket({ issueId: '10001', issueKey: 'SD-1', projectKey: 'SD' }),
    surveys: [first, second],
    answers: [answer(first.id, 1, hoursAfter(2)), answer(second.id, 5, daysAfter(2))],
  };
}

describe('one answer per survey cycle and per source', () => {
  it('counts a reopened and re-answered ticket once per cycle, in the gadget and in the report alike', () => {
    const facts = ticketFacts(reopenedAndReanswered(), NO_DIMENSIONS, UTC);
    expect(facts.map((fact) => fact.day)).toEqual(['2026-03-02', '2026-03-04']);
    const gadget = gadgetCsat(facts);
    const report = reportCsat(facts);
    expect([gadget.value, gadget.n]).toEqual([50, 2]);
    expect([report.value, report.n]).toEqual([50, 2]);
  });

  it('names the cycle on each of the app’s answers', () => {
    const responses = ticketFacts(reopenedAndReanswered(), NO_DIMENSIONS, UTC).flatMap((fact) =>
      fact.records.filter((record) => record.type === 'response'),
    );
    expect(responses.map((record) => [record.survey, record.score, record.cycle, record.source])).toEqual([
      ['csat', 1, 1, 'app'],
      ['csat', 5, 2, 'app'],
    ]);
  });

  it('keeps a JSM rating beside the app’s answer of the same person: neither replaces the other', () => {
    const answered = unwrap(markAnswered(invited(), { at: hoursAfter(2), respondent: 'customer-1' }));
    const ticket: TicketState = {
      ...emptyTicket({ issueId: '10001', issueKey: 'SD-1', projectKey: 'SD' }),
      surveys: [answered],
      answers: [
        {
          surveyId: answered.id,
          ces: null,
          csat: 2,
          comment: null,
          answeredAt: hoursAfter(3).toISOString(),
          respondent: 'customer-1',
        },
      ],
      // Rated in JSM first, on another day: first-answer-stands would drop the app's answer.
      jsmFeedback: {
        score: 5,
        comment: null,
        answeredAt: hoursAfter(-20).toISOString(),
        respondent: 'customer-1',
      },
    };
    const facts = ticketFacts(ticket, NO_DIMENSIONS, UTC);
    const gadget = gadgetCsat(facts);
    const report = reportCsat(facts);
    expect([gadget.value, gadget.n, gadget.positive]).toEqual([50, 2, 1]);
    expect([report.value, report.n, report.positive]).toEqual([50, 2, 1]);
  });

  it('keeps one answer per cycle even if a ticket holds two for one resolution: the first stands', () => {
    const answered = unwrap(markAnswered(invited(), { at: hoursAfter(2), respondent: 'customer-1' }));
    const twin = { ...answered, id: '10001:57', changelogId: '57' };
    const ticket: TicketState = {
      ...emptyTicket({ issueId: '10001', issueKey: 'SD-1', projectKey: 'SD' }),
      surveys: [answered, twin],
      answers: [
        {
          surveyId: twin.id,
          ces: 7,
          csat: 5,
          comment: null,
          answeredAt: daysAfter(3).toISOString(),
          respondent: 'customer-1',
        },
        {
          surveyId: answered.id,
          ces: 1,
          csat: 1,
          comment: null,
          answeredAt: hoursAfter(2).toISOString(),
          respondent: 'customer-1',
        },
      ],
    };
    const responses = ticketFacts(ticket, NO_DIMENSIONS, UTC).flatMap((fact) =>
      fact.records.filter((record) => record.type === 'response'),
    );
    expect(responses.map((record) => [record.survey, record.score, record.answeredAt])).toEqual([
      ['ces', 1, hoursAfter(2).toISOString()],
      ['csat', 1, hoursAfter(2).toISOString()],
    ]);
  });

  it('reads records without a cycle as before: one answer per respondent, survey, ticket and source', () => {
    const line = (score: number, answeredAt: string, source?: string) =>
      parseRecord({
        type: 'response',
        ticketId: 't1',
        survey: 'csat',
        score,
        answeredAt,
        respondent: 'u1',
        source,
      });
    const records = [
      line(1, '2026-03-02T10:00:00Z'),
      line(5, '2026-03-03T10:00:00Z'),
      line(5, '2026-03-04T10:00:00Z', 'jsm-feedback'),
    ].map((parsed) => {
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.record;
    });
    const csat = reportFromRecords(records, { asOf: AS_OF, from: null, to: null }).metrics.csat;
    expect([csat.n, csat.positive]).toEqual([2, 1]);
  });

  it('refuses a cycle that is not a positive whole number', () => {
    const parsed = parseRecord({
      type: 'response',
      ticketId: 't1',
      survey: 'csat',
      score: 4,
      answeredAt: '2026-03-02T10:00:00Z',
      cycle: 0,
    });
    expect(parsed.ok).toBe(false);
  });

  it('a reopen does not undo an answer already given', () => {
    const answered = unwrap(markAnswered(invited(), { at: hoursAfter(2), respondent: 'customer-1' }));
    expect(onReopen(answered, hoursAfter(4))).toBe(answered);
    expect(decide().cycle).toBe(1);
  });
});
