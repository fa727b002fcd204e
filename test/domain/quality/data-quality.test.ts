import {
  buildDayAggregate,
  mergeAggregates,
  selectQuality,
} from '../../../src/domain/aggregates/day-aggregate';
import { totalsOf } from '../../../src/domain/aggregates/fit-aggregate';
import { ticketFacts, type Fact } from '../../../src/domain/facts/ticket-facts';
import { NO_DIMENSIONS, type Dimensions } from '../../../src/domain/facts/dimensions';
import { emptyObservation } from '../../../src/domain/capture/observation';
import { clockFaultsOf } from '../../../src/domain/quality/clock-faults';
import { mergeQuality, NO_QUALITY, qualityOfDay } from '../../../src/domain/quality/quality-counts';
import { emptyFieldJql, issueSearchPath, keysJql } from '../../../src/domain/quality/quality-jql';
import { qualityVerdicts } from '../../../src/domain/quality/verdicts';
import { emptyTicket } from '../../../src/domain/ticket/ticket-state';

const AS_OF = Date.parse('2026-03-31T00:00:00Z');
const OPTIONS = { asOf: AS_OF, timeZone: 'UTC' };
const full: Dimensions = {
  agent: { id: 'a1', name: 'Ana' },
  team: { id: 't1', name: 'Blue' },
  requestType: { id: 'rt1', name: 'Access' },
  priority: { id: 'High', name: 'High' },
  organization: null,
};

/** A ticket created on 2 March 09:00 and, unless told otherwise, answered and resolved that day. */
function fact(
  n: number,
  opts: { dims?: Partial<Dimensions>; reply?: string | null; resolved?: string | null; day?: string } = {},
): Fact {
  const day = opts.day ?? '2026-03-02';
  const reply = opts.reply === undefined ? `${day}T10:00:00Z` : opts.reply;
  const resolved = opts.resolved === undefined ? `${day}T12:00:00Z` : opts.resolved;
  return {
    projectKey: 'SD',
    day,
    issueId: String(1000 + n),
    issueKey: `SD-${n}`,
    dimensions: { ...full, ...opts.dims },
    records: [
      {
        type: 'ticket',
        id: String(1000 + n),
        createdAt: `${day}T09:00:00Z`,
        ...(reply ? { firstResponseAt: reply, firstResponseBy: 'human' as const } : {}),
        ...(resolved ? { resolvedAt: resolved } : {}),
      },
    ],
  };
}

describe('data quality counted with the figures', () => {
  const facts = [
    fact(1),
    fact(2, { dims: { team: null } }),
    fact(3, { dims: { team: null, agent: null } }),
    fact(4, { dims: { priority: null }, reply: null }),
    fact(5, { resolved: null, reply: null }),
    { ...fact(6), clockFaults: ['resolved-before-created' as const] },
    fact(10, { dims: { requestType: null }, reply: '2026-03-02T13:00:00Z' }),
  ];

  it('counts resolved tickets by their attributes and created ones by their clocks', () => {
    const q = qualityOfDay('2026-03-02', facts, OPTIONS);
    expect(q).toEqual({
      version: 1,
      resolved: 6,
      resolvedWith: { priority: 5, requestType: 5, team: 4, assignee: 5 },
      resolvedWithoutReply: { n: 2, keys: ['SD-4', 'SD-10'] },
      created: 7,
      createdWithoutResponse: { n: 2, keys: ['SD-4', 'SD-5'] },
      createdResolved: 6,
      clockFaults: {
        'resolved-before-created': { n: 1, keys: ['SD-6'] },
        'responded-before-created': { n: 0, keys: [] },
      },
    });
  });

  it('sees nothing that happened after asOf, and nothing placed on other days', () => {
    const early = { asOf: Date.parse('2026-03-02T11:00:00Z'), timeZone: 'UTC' };
    const q = qualityOfDay('2026-03-02', [fact(1), fact(2, { day: '2026-03-03' })], early);
    expect(q.resolved).toBe(0);
    expect(q.created).toBe(1);
    expect(q.createdResolved).toBe(0);
  });

  it('keeps the tally in the day aggregate, its merges and its stored totals, per request type', () => {
    const day = buildDayAggregate('SD', '2026-03-02', facts, OPTIONS);
    const other = buildDayAggregate(
      'SD',
      '2026-03-03',
      [fact(7, { day: '2026-03-03', dims: { team: null } })],
      OPTIONS,
    );
    const month = mergeAggregates([day, other], { projectKey: 'SD', period: '2026-03' });
    const q = selectQuality(totalsOf(month), [])!;
    expect(q.resolved).toBe(7);
    expect(q.resolvedWith.team).toBe(4);
    expect(selectQuality(month, ['rt1'])!.resolved).toBe(6);
    expect(selectQuality(month, ['-'])!.resolvedWith.requestType).toBe(0);
  });

  it('says "not counted" for values stored before quality was counted', () => {
    const day = buildDayAggregate('SD', '2026-03-02', facts, OPTIONS);
    const old = { ...day, types: { rt1: { ...day.types.rt1!, quality: undefined } } };
    expect(selectQuality(old, [])).toBeNull();
    expect(mergeAggregates([old, day], { projectKey: 'SD', period: 'x' }).types.rt1!.quality).toBeUndefined();
  });

  it('merges in any order, keeping the first keys in issue order', () => {
    const a = qualityOfDay('2026-03-02', facts.slice(0, 4), OPTIONS);
    const b = qualityOfDay('2026-03-02', facts.slice(4), OPTIONS);
    expect(mergeQuality([a, b])).toEqual(mergeQuality([b, a]));
    expect(mergeQuality([a, b])).toEqual(qualityOfDay('2026-03-02', facts, OPTIONS));
    expect(mergeQuality([])).toEqual(NO_QUALITY);
  });

  it('notes contradictory clocks on the creation day fact only', () => {
    const observation = {
      ...emptyObservation('1001'),
      createdAt: Date.parse('2026-03-02T09:00:00Z'),
      firstResponse: { at: Date.parse('2026-03-01T09:00:00Z'), by: 'human' as const },
      resolutionsAt: [Date.parse('2026-03-01T08:00:00Z'), Date.parse('2026-03-03T08:00:00Z')],
    };
    expect(clockFaultsOf(observation)).toEqual(['resolved-before-created', 'responded-before-created']);
    const ticket = { ...emptyTicket({ issueId: '1001', issueKey: 'SD-1', projectKey: 'SD' }), observation };
    const placed = ticketFacts(ticket, NO_DIMENSIONS, 'UTC');
    expect(placed.map((f) => [f.day, f.clockFaults])).toEqual([
      ['2026-03-02', ['resolved-before-created', 'responded-before-created']],
      ['2026-03-03', undefined],
    ]);
  });
});

describe('data-quality verdicts', () => {
  const window = { from: '2026-03-01', to: '2026-03-31' };

  it('names each gap with its share, what it distorts, and the JQL that lists it', () => {
    const q = {
      ...NO_QUALITY,
      resolved: 100,
      resolvedWith: { priority: 100, requestType: 98, team: 69, assignee: 90 },
      resolvedWithoutReply: { n: 3, keys: ['SD-4', 'SD-9', 'SD-12'] },
      created: 120,
      createdWithoutResponse: { n: 0, keys: [] },
      createdResolved: 90,
      clockFaults: { ...NO_QUALITY.clockFaults, 'resolved-before-created': { n: 2, keys: ['SD-6', 'SD-8'] } },
    };
    const verdicts = qualityVerdicts('SD', window, q, { survey: 'csat', invitations: 80, responses: 20 });
    const byCheck = Object.fromEntries(verdicts.map((v) => [v.check, v]));
    expect(verdicts.map((v) => v.check)).toEqual([
      'priority',
      'requestType',
      'team',
      'assignee',
      'publicReply',
      'firstResponse',
      'resolution',
      'responseRate',
      'resolvedBeforeCreated',
      'respondedBeforeCreated',
      'recoveredEvents',
    ]);
    expect(byCheck.team).toEqual({
      check: 'team',
      level: 'poor',
      gap: 31,
      population: 100,
      share: 31,
      text: '31 % of resolved tickets have no team: the team breakdown leaves them out.',
      jql: 'project = "SD" AND resolved >= "2026-03-01" AND resolved < "2026-04-01" AND cf[10001] is EMPTY ORDER BY key ASC',
    });
    expect(byCheck.priority!.text).toBe('Every resolved ticket has a priority.');
    expect(byCheck.priority!.jql).toBeNull();
    expect(byCheck.requestType!.level).toBe('good');
    expect(byCheck.assignee!.level).toBe('fair');
    expect(byCheck.publicReply!.jql).toBe('key in (SD-4, SD-9, SD-12) ORDER BY key ASC');
    expect(byCheck.resolution!.share).toBe(25);
    expect(byCheck.responseRate).toMatchObject({ level: 'fair', gap: 60, population: 80, share: 75 });
    expect(byCheck.responseRate!.text).toBe(
      '20 of 80 surveys sent were answered (25 %); 75 % did not answer, and the scores speak only for those who did: read CSAT and CES with their intervals.',
    );
    expect(byCheck.resolvedBeforeCreated!.text).toBe(
      '2 tickets were resolved before they were created: FCR, TTV and AHT leave that resolution out.',
    );
    expect(byCheck.respondedBeforeCreated!.level).toBe('good');
    expect(byCheck.recoveredEvents).toMatchObject({ level: 'good', gap: 0, jql: null });
    const late = qualityVerdicts('SD', window, q, { survey: 'csat', invitations: 80, responses: 20 }, 2);
    expect(late.find((v) => v.check === 'recoveredEvents')).toMatchObject({
      level: 'fair',
      gap: 2,
      population: 100,
      share: 2,
      text: "2 resolutions in the months of the period reached the app only through the hourly reconciliation (Jira's event was lost): none is missing from the figures, but their surveys went out up to an hour late.",
    });
  });

  it('has nothing to judge in an empty period', () => {
    const verdicts = qualityVerdicts('SD', window, NO_QUALITY, {
      survey: 'csat',
      invitations: 0,
      responses: 0,
    });
    expect(new Set(verdicts.map((v) => v.level))).toEqual(new Set(['none']));
    expect(verdicts[0]!.text).toBe('No tickets in the period to check.');
  });

  it('builds JQL that Jira reads, and the issue search link', () => {
    expect(emptyFieldJql('S"D', window, 'assignee')).toContain('project = "S\\"D"');
    expect(keysJql([])).toBeNull();
    expect(issueSearchPath('project = "SD"')).toBe('/issues/?jql=project%20%3D%20%22SD%22');
  });
});
