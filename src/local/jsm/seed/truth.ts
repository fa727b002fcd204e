import type { PriorityName, RequestKind } from '../model';

/**
 * Ground truth for a seeded site, in the canonical record format of metrics.md, so tests can
 * compare what the app computes with what actually happened. Optional fields are omitted when
 * they did not happen (no first response yet, not resolved, no work logged).
 */

export interface TicketTruth {
  type: 'ticket';
  source: 'jsm';
  id: string;
  key: string;
  project: string;
  kind: RequestKind;
  priority: PriorityName;
  requestType: string;
  assignee?: string;
  team?: string;
  organization?: string;
  reporter: string;
  createdAt: string;
  firstResponseAt?: string;
  firstResponseBy?: 'human' | 'automation';
  resolvedAt?: string;
  reopenedAt: string[];
  followUpAt: string[];
  handleSeconds?: number;
  majorIncident: boolean;
  statusInquiry: boolean;
}

/** JSM's own satisfaction rating, as a canonical `csat` response. */
export interface ResponseTruth {
  type: 'response';
  source: 'jsm';
  ticketId: string;
  survey: 'csat';
  score: number;
  answeredAt: string;
  respondent: string;
  comment?: string;
}

export interface SeedTruth {
  seed: number;
  from: string;
  to: string;
  tickets: TicketTruth[];
  responses: ResponseTruth[];
  /** Open requests kept for demonstrations (resolve them to see the survey loop). */
  demoKeys: string[];
  /** The automation account whose public comments count as automated first responses. */
  automationAccountId: string;
}
