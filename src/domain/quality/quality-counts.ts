import { parseRecord } from '../records/canonical';
import type { Ticket } from '../records/ticket';
import { dailyKey } from '../buckets/placement';
import type { Fact } from '../facts/ticket-facts';
import type { ClockFault } from './clock-faults';

/** Issue keys kept per gap, so a gap JQL cannot describe by a field can still list its tickets. */
export const SAMPLE_KEYS = 50;

/** A count with a sample of the tickets it counts (at most `SAMPLE_KEYS`, sorted). */
export interface CountedKeys {
  n: number;
  keys: string[];
}

/**
 * How complete and consistent the data of one period is, counted from the same facts as the
 * figures. Tickets resolved in the period (the population of FCR, AHT and every breakdown) and
 * tickets created in it (the population of MTTA) are counted apart, each by the day its metric
 * places it on, so a merge of days is the tally of their union.
 *
 * The gaps that JQL cannot name by a field (no public reply, no recorded first response,
 * contradictory clocks) keep a sample of issue keys; the others are found by a field search.
 */
export interface QualityCounts {
  version: 1;
  /** Tickets first resolved in the period. */
  resolved: number;
  /** Of those, the ones with each attribute at resolution, and with a public reply before it. */
  resolvedWith: { priority: number; requestType: number; team: number; assignee: number };
  resolvedWithoutReply: CountedKeys;
  /** Tickets created in the period. */
  created: number;
  /** Of those, the ones with no recorded first response, and the ones resolved. */
  createdWithoutResponse: CountedKeys;
  createdResolved: number;
  /** Tickets created in the period whose Jira clocks contradict their creation. */
  clockFaults: Record<ClockFault, CountedKeys>;
}

export const NO_QUALITY: QualityCounts = {
  version: 1,
  resolved: 0,
  resolvedWith: { priority: 0, requestType: 0, team: 0, assignee: 0 },
  resolvedWithoutReply: { n: 0, keys: [] },
  created: 0,
  createdWithoutResponse: { n: 0, keys: [] },
  createdResolved: 0,
  clockFaults: {
    'resolved-before-created': { n: 0, keys: [] },
    'responded-before-created': { n: 0, keys: [] },
  },
};

const byKeyOrder = (a: string, b: string) => {
  const [pa, na] = splitKey(a);
  const [pb, nb] = splitKey(b);
  return pa.localeCompare(pb) || na - nb || a.localeCompare(b);
};
function splitKey(key: string): [string, number] {
  const dash = key.lastIndexOf('-');
  const number = Number(key.slice(dash + 1));
  return dash > 0 && Number.isInteger(number) ? [key.slice(0, dash), number] : [key, 0];
}

function addKeys(counted: readonly CountedKeys[]): CountedKeys {
  const keys = [...new Set(counted.flatMap((c) => c.keys))].sort(byKeyOrder).slice(0, SAMPLE_KEYS);
  return { n: counted.reduce((sum, c) => sum + c.n, 0), keys };
}

/**
 * Merges the tallies of disjoint periods (or request types, or projects) into their union's.
 * Associative and commutative; keys are the first `SAMPLE_KEYS` in issue order.
 *
 * Empty input: no tallies gives `NO_QUALITY`.
 */
export function mergeQuality(tallies: readonly QualityCounts[]): QualityCounts {
  const sum = (pick: (q: QualityCounts) => number) => tallies.reduce((total, q) => total + pick(q), 0);
  return {
    version: 1,
    resolved: sum((q) => q.resolved),
    resolvedWith: {
      priority: sum((q) => q.resolvedWith.priority),
      requestType: sum((q) => q.resolvedWith.requestType),
      team: sum((q) => q.resolvedWith.team),
      assignee: sum((q) => q.resolvedWith.assignee),
    },
    resolvedWithoutReply: addKeys(tallies.map((q) => q.resolvedWithoutReply)),
    created: sum((q) => q.created),
    createdWithoutResponse: addKeys(tallies.map((q) => q.createdWithoutResponse)),
    createdResolved: sum((q) => q.createdResolved),
    clockFaults: {
      'resolved-before-created': addKeys(tallies.map((q) => q.clockFaults['resolved-before-created'])),
      'responded-before-created': addKeys(tallies.map((q) => q.clockFaults['responded-before-created'])),
    },
  };
}

const one = (key: string): CountedKeys => ({ n: 1, keys: [key] });

/**
 * The data-quality tally of one day from the facts placed on it: each ticket record counts on
 * the day it was resolved (attributes at resolution, as the breakdowns read them, and whether a
 * public reply came first) and on the day it was created (first response, resolution, and the
 * clock faults its fact notes). `asOf` hides what had not happened yet, as the figures do.
 *
 * Empty input: no facts gives `NO_QUALITY`.
 */
export function qualityOfDay(
  day: string,
  facts: readonly Fact[],
  options: { asOf: number; timeZone: string },
): QualityCounts {
  const dayOf = dailyKey(options.timeZone);
  const tallies: QualityCounts[] = [];
  for (const fact of facts) {
    const ticket = ticketOf(fact);
    if (ticket === undefined || ticket.createdAt > options.asOf) continue;
    const resolvedAt =
      ticket.resolvedAt !== undefined && ticket.resolvedAt <= options.asOf ? ticket.resolvedAt : undefined;
    const respondedAt =
      ticket.firstResponseAt !== undefined && ticket.firstResponseAt <= options.asOf
        ? ticket.firstResponseAt
        : undefined;
    const d = fact.dimensions;
    if (resolvedAt !== undefined && dayOf(resolvedAt) === day) {
      tallies.push({
        ...NO_QUALITY,
        resolved: 1,
        resolvedWith: {
          priority: d.priority ? 1 : 0,
          requestType: d.requestType ? 1 : 0,
          team: d.team ? 1 : 0,
          assignee: d.agent ? 1 : 0,
        },
        resolvedWithoutReply:
          respondedAt === undefined || respondedAt > resolvedAt
            ? one(fact.issueKey)
            : NO_QUALITY.resolvedWithoutReply,
      });
    }
    if (dayOf(ticket.createdAt) === day) {
      const faults = fact.clockFaults ?? [];
      tallies.push({
        ...NO_QUALITY,
        created: 1,
        createdWithoutResponse:
          respondedAt === undefined ? one(fact.issueKey) : NO_QUALITY.createdWithoutResponse,
        createdResolved: resolvedAt === undefined ? 0 : 1,
        clockFaults: {
          'resolved-before-created': faults.includes('resolved-before-created')
            ? one(fact.issueKey)
            : NO_QUALITY.clockFaults['resolved-before-created'],
          'responded-before-created': faults.includes('responded-before-created')
            ? one(fact.issueKey)
            : NO_QUALITY.clockFaults['responded-before-created'],
        },
      });
    }
  }
  return mergeQuality(tallies);
}

function ticketOf(fact: Fact): Ticket | undefined {
  for (const record of fact.records) {
    if (record.type !== 'ticket') continue;
    const parsed = parseRecord(record);
    if (parsed.ok && parsed.record.type === 'ticket') return parsed.record;
  }
  return undefined;
}
