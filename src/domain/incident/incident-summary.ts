import type { EpochMs } from '../records/instant';
import { ICE_QUESTIONS, type IceQuestion } from '../records/survey-kind';
import { percent } from '../stats/percent';
import { affectedPeople } from './affected-people';
import { communicationTimeline, type CommunicationTimeline } from './communication-timeline';
import type { IceSurvey } from './ice-survey';
import type { IncidentLog } from './incident-log';
import { statusFollowUps, type StatusFollowUps, type StatusInquiryRequest } from './status-follow-ups';

export interface QuestionSummary {
  n: number;
  /** 100 × answers of 4 or 5 / n, as ICE counts them; `null` without answers. */
  value: number | null;
  mean: number | null;
}

/** What the incident's issue panel shows. */
export interface IncidentSummary {
  incidentId: string;
  timeline: CommunicationTimeline;
  survey: {
    state: IceSurvey['state'] | 'waiting';
    reason: IceSurvey['reason'];
    invited: number;
    answered: number;
    /** 100 × answered / invited; never above 100, `null` before invitations. */
    responseRate: number | null;
    byQuestion: Record<IceQuestion, QuestionSummary>;
    skipped: IceSurvey['skipped'];
  };
  statusFollowUps: StatusFollowUps;
}

function questionSummary(scores: number[]): QuestionSummary {
  const n = scores.length;
  return {
    n,
    value: percent(scores.filter((score) => score >= 4).length, n),
    mean: n === 0 ? null : scores.reduce((sum, score) => sum + score, 0) / n,
  };
}

/** The panel's view of one incident: its timeline, its survey's answers by question, its status follow-ups. */
export function incidentSummary(
  log: IncidentLog,
  survey: IceSurvey | null,
  inquiries: readonly StatusInquiryRequest[],
  options: {
    asOf: EpochMs;
    includeOrganizations: boolean;
    organizationMembers?: Readonly<Record<string, readonly string[]>>;
  },
): IncidentSummary {
  const invitees = survey?.invitees ?? [];
  const answered = invitees.filter((person) => person.answeredAt !== null);
  const byQuestion = Object.fromEntries(
    ICE_QUESTIONS.map((question) => [
      question,
      questionSummary(answered.flatMap((person) => (person.scores ? [person.scores[question]] : []))),
    ]),
  ) as Record<IceQuestion, QuestionSummary>;
  return {
    incidentId: log.id,
    timeline: communicationTimeline(log, options.asOf),
    survey: {
      state: survey?.state ?? 'waiting',
      reason: survey?.reason ?? null,
      invited: invitees.length,
      answered: answered.length,
      responseRate: percent(answered.length, invitees.length),
      byQuestion,
      skipped: survey?.skipped ?? [],
    },
    statusFollowUps: statusFollowUps(affectedPeople(log, options), inquiries),
  };
}
