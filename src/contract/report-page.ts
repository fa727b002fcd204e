/**
 * The CX report page's resolver contract: for a chosen period and scope, the results and process
 * metrics (the same figures as the scorecard gadget, from the same calculator), each with its
 * owner and review cadence, the data-quality verdicts per project, and the open low-score
 * follow-ups; and the review plan the admin page edits.
 */
import { z } from 'zod';
import type { QualityCheck, QualityLevel } from '../domain/quality/verdicts';
import type { MetricReview, ReviewCadence, ReviewPlan } from '../domain/reviews/review-plan';
import { gadgetConfigurationSchema } from './gadget-configuration';
import type { MetricFigure, ResolvedWindow } from './gadgets';

export type { QualityCheck, QualityLevel, MetricReview, ReviewCadence, ReviewPlan };

/** What the report page asks for: projects (empty: all the viewer may browse), request types, period. */
export const reportScopeSchema = gadgetConfigurationSchema
  .pick({ projects: true, requestTypes: true, period: true })
  .strict();
export type ReportScope = z.input<typeof reportScopeSchema>;

export interface ReportOwner {
  accountId: string | null;
  /** The person's name; for an unpicked owner, the role the literature gives. */
  name: string;
}

export interface ReportFigure extends MetricFigure {
  owner: ReportOwner;
  cadence: ReviewCadence;
}

export interface QualityVerdictView {
  check: QualityCheck;
  level: QualityLevel;
  gap: number;
  population: number;
  share: number | null;
  text: string;
  jql: string | null;
  /** Jira's issue search for `jql`, site-relative. */
  searchPath: string | null;
}

export interface ProjectQuality {
  projectKey: string;
  /** `false` when the project's stored figures predate the count: rebuild them on the admin page. */
  counted: boolean;
  verdicts: QualityVerdictView[];
}

export interface ReportFollowUp {
  ticketKey: string;
  answeredAt: string;
  ces: number | null;
  csat: number | null;
  /** `null` when the viewer may not see it (agents of the project only), or there is none. */
  comment: string | null;
}

export interface CxReport {
  window: ResolvedWindow;
  /** The literature's split (metrics.md): results the customers feel, processes the team moves. */
  results: ReportFigure[];
  process: ReportFigure[];
  quality: ProjectQuality[];
  followUps: ReportFollowUp[];
}

/** What the admin page offers for the review plan: projects for the tasks, and people to own metrics. */
export interface ReviewOptions {
  projects: Array<{ key: string; name: string }>;
  /** Everyone who may be assigned issues in some project, with those projects. */
  people: Array<{ accountId: string; displayName: string; projects: string[] }>;
}

export interface ReportResolverContract {
  getCxReport: { payload: ReportScope; answer: CxReport };
  getDataQuality: { payload: ReportScope; answer: { window: ResolvedWindow; quality: ProjectQuality[] } };
  getReviewPlan: { payload: Record<string, never>; answer: ReviewPlan };
  getReviewOptions: { payload: Record<string, never>; answer: ReviewOptions };
  saveReviewPlan: { payload: ReviewPlan; answer: ReviewPlan };
}
