/**
 * The resolver contract shared by the backend handlers and the Custom UI apps: one entry per
 * resolver key, with its payload and answer types. The UI calls these through typed wrappers in
 * static/shared; the backend registers exactly these keys.
 */
import type { ResolutionEvent } from '../domain/resolution/events';

export interface IssueHistory {
  issueKey: string;
  events: ResolutionEvent[];
}

export interface DailyCount {
  /** Calendar day in the reporting time zone, YYYY-MM-DD. */
  date: string;
  resolved: number;
}

export interface ResolutionsPerDay {
  projectKey: string;
  days: DailyCount[];
}

export interface ProjectSummary {
  key: string;
  name: string;
}

export interface RequestState {
  requestKey: string;
  status: string;
  resolved: boolean;
  resolvedAt: string | null;
}

export interface AdminOverview {
  recordedEvents: number;
  projects: string[];
}

/** The gadget's saved configuration (`view.submit` in the edit view). */
export interface GadgetConfig {
  projectKey: string;
  days: number;
}

export interface ResolverContract {
  getIssueHistory: { payload: Record<string, never>; answer: IssueHistory };
  getResolutionsPerDay: { payload: Record<string, never>; answer: ResolutionsPerDay };
  listProjects: { payload: Record<string, never>; answer: ProjectSummary[] };
  getRequestState: { payload: Record<string, never>; answer: RequestState };
  getAdminOverview: { payload: Record<string, never>; answer: AdminOverview };
}

export type ResolverKey = keyof ResolverContract;
