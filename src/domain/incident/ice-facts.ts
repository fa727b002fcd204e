import { dailyKey } from '../buckets/placement';
import type { Dimensions } from '../facts/dimensions';
import type { Fact } from '../facts/ticket-facts';
import type { CanonicalRecordInput } from '../records/canonical';
import { APP_SOURCE } from '../facts/ticket-facts';
import { ICE_QUESTIONS } from '../records/survey-kind';
import type { IceSurvey } from './ice-survey';
import type { IncidentLog } from './incident-log';

/**
 * The fact id of an incident's ICE records: apart from the incident's own ticket facts (which the
 * ticket capture writes under the issue id), so neither overwrites the other.
 */
export const iceFactId = (incidentId: string) => `${incidentId}.ice`;

/**
 * Every ICE record of one incident's survey, grouped by the day it falls on in the reporting
 * zone: one invitation per invited person (placed by when it was sent) and, per answer, one
 * response per question (placed by when it was given) on the incident, the answer's comment on the
 * first. Written whole each time, so a rewrite after a new answer changes only what changed and
 * the gadgets, the export and `cx-metrics report` all read the same records.
 *
 * Empty input: a survey never sent has no facts.
 */
export function iceFacts(
  log: IncidentLog,
  survey: IceSurvey | null,
  dimensions: Dimensions,
  timeZone: string,
): Fact[] {
  if (survey === null || survey.state !== 'invited') return [];
  const dayOf = dailyKey(timeZone);
  const byDay = new Map<string, CanonicalRecordInput[]>();
  const place = (at: number, record: CanonicalRecordInput) => {
    const day = dayOf(at)!;
    byDay.set(day, [...(byDay.get(day) ?? []), record]);
  };
  for (const invitee of survey.invitees) {
    place(invitee.invitedAt, {
      type: 'invitation',
      ticketId: log.id,
      survey: 'ice',
      sentAt: new Date(invitee.invitedAt).toISOString(),
    });
    if (invitee.answeredAt === null || !invitee.scores) continue;
    const answeredAt = new Date(invitee.answeredAt).toISOString();
    ICE_QUESTIONS.forEach((question, index) => {
      place(invitee.answeredAt!, {
        type: 'response',
        source: APP_SOURCE,
        ticketId: log.id,
        survey: 'ice',
        question,
        score: invitee.scores![question],
        answeredAt,
        cycle: 1,
        respondent: invitee.accountId,
        comment: index === 0 ? (invitee.comment ?? null) : null,
      });
    });
  }
  return [...byDay].map(([day, records]) => ({
    projectKey: log.project ?? 'site',
    day,
    issueId: iceFactId(log.id),
    issueKey: log.key ?? log.id,
    dimensions,
    records,
  }));
}
