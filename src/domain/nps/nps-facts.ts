import { dailyKey } from '../buckets/placement';
import { APP_SOURCE, type Fact } from '../facts/ticket-facts';
import type { CanonicalRecordInput } from '../records/canonical';
import type { NpsCycle } from './nps-cycle';

/** The fact id of a cycle (the `<issue>` part of `fact:<project>:<day>:<issue>`): never a Jira id. */
export const npsFactId = (cycle: Pick<NpsCycle, 'id'>): string => `nps-${cycle.id}`;

/**
 * The records of one NPS cycle, as facts (docs/decisions.md, "An NPS answer's context"): the prompt
 * shown is an `invitation` placed by `shownAt`, the answer a `response` placed by its moment, both
 * `survey: "nps"`, `source: "app"`, with `ticketId` the anchor request. They name no respondent
 * and no cycle: the app lets one answer per person and cycle in, and the follow-up, not the
 * figures, names the person. A dismissal is an invitation without a response.
 */
export function npsFacts(cycle: NpsCycle, timeZone: string, comment?: string | null): Fact[] {
  const keyOf = dailyKey(timeZone);
  const byDay = new Map<string, CanonicalRecordInput[]>();
  const place = (at: string, record: CanonicalRecordInput) => {
    const day = keyOf(Date.parse(at)) ?? at.slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), record]);
  };
  place(cycle.shownAt, {
    type: 'invitation',
    ticketId: cycle.anchor.issueId,
    survey: 'nps',
    sentAt: cycle.shownAt,
  });
  if (cycle.state === 'answered' && cycle.score !== null && cycle.endedAt) {
    place(cycle.endedAt, {
      type: 'response',
      source: APP_SOURCE,
      ticketId: cycle.anchor.issueId,
      survey: 'nps',
      score: cycle.score,
      answeredAt: cycle.endedAt,
      ...(comment ? { comment } : {}),
    });
  }
  return [...byDay].map(([day, records]) => ({
    projectKey: cycle.anchor.projectKey,
    day,
    issueId: npsFactId(cycle),
    issueKey: cycle.anchor.issueKey,
    dimensions: cycle.anchor.dimensions,
    records,
  }));
}
