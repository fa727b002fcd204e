import type { Fact } from '../../domain/facts/ticket-facts';
import type { ServiceThresholds } from '../../domain/ingest/service-thresholds';

/** The ingest secret as the app keeps it: only a digest, never the secret itself. */
export interface IngestSecrets {
  /** Whether `presented` is the current secret (constant-time); false when none was ever made. */
  matches(presented: string): Promise<boolean>;
  /** Makes a new secret (the old one stops working at once) and answers it, once. */
  rotate(): Promise<{ secret: string; version: number; createdAt: string }>;
  status(): Promise<{ version: number; createdAt: string } | null>;
}

/** Where ingested records are stored: their facts, and one rebuild marker per day. */
export interface IngestStore {
  /** Which of these facts are stored already (a resend), by `projectKey`, `day` and `issueId`. */
  existing(facts: readonly Fact[]): Promise<Set<string>>;
  /** Writes the facts in batches and marks each of their days once for a rebuild. */
  write(facts: readonly Fact[], batchId: string): Promise<void>;
}

/** One request's outcome, as the admin page lists it. */
export interface IngestReport {
  at: string;
  status: number;
  accepted: number;
  duplicates: number;
  refused: Array<{ line: number; reason: string }>;
  /** Set when the whole request was refused. */
  reason?: string;
}

/** Stored session facts of one day whose ids start with `prefix` (one user's). */
export interface SessionFacts {
  ofDay(projectKey: string, day: string, prefix: string): Promise<Fact[]>;
}

/** The sender's recent requests: the rate it is held to, and what the admin page shows. */
export interface IngestLog {
  read(): Promise<{ minute: string; requests: number; recent: IngestReport[] }>;
  /** Counts a request in its minute and keeps its report among the recent ones. */
  record(minute: string, report: IngestReport): Promise<void>;
}

/** The admin page's per-service thresholds. */
export interface ThresholdStore {
  get(): Promise<ServiceThresholds>;
  set(thresholds: ServiceThresholds): Promise<void>;
}

/** Account ids of people known by email, as Jira's user search finds them. */
export interface UserDirectory {
  accountIdOf(email: string): Promise<string | null>;
}
