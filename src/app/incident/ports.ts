import { NO_DIMENSIONS } from '../../domain/facts/dimensions';
import { iceFacts } from '../../domain/incident/ice-facts';
import type { IceSurvey } from '../../domain/incident/ice-survey';
import type { IncidentLog, LinkedRequest } from '../../domain/incident/incident-log';
import type { IceSettings } from '../../domain/incident/ice-settings';
import type { StatusInquiryReason } from '../../domain/incident/status-inquiry';
import type { EpochMs } from '../../domain/records/instant';
import type { Fact } from '../../domain/facts/ticket-facts';
import type { Versioned } from '../ports/ticket-store';

/** A request counted as a status inquiry about the incident, with why. */
export interface IncidentInquiry {
  id: string;
  reporter: string | null;
  reason: StatusInquiryReason;
}

/** What the app keeps per major incident. */
export interface IncidentRecord {
  log: IncidentLog;
  survey: IceSurvey | null;
  inquiries: IncidentInquiry[];
  /** The agent's marks from the issue panel, by request id: `true` is an inquiry, `false` is not. */
  agentMarks: Record<string, boolean>;
}

/** Major incidents, updated optimistically as the ticket store is: a stale version answers `conflict`. */
export interface IncidentStore {
  load(incidentId: string): Promise<Versioned<IncidentRecord | null>>;
  commit(incidentId: string, record: IncidentRecord, version: number): Promise<'committed' | 'conflict'>;
  /** Incidents whose scheduled survey is due at or before `now`. */
  dueSurveys(now: EpochMs): Promise<string[]>;
}

/** What the incident use cases read from and post to Jira Service Management. */
export interface IncidentDesk {
  /** The incident as REST v3 returns it with `expand=changelog` and its comments; `null` if gone. */
  incident(keyOrId: string): Promise<unknown>;
  /** A linked request's reporter, creation and request type name; `null` if gone or not readable. */
  request(id: string): Promise<LinkedRequest | null>;
  /** The members of a JSM organisation, by name. */
  organizationMembers(name: string): Promise<string[]>;
  addComment(keyOrId: string, body: string, visibility: { public: boolean }): Promise<void>;
}

/** When each person was last surveyed by the app (any survey), and noting a new one. */
export interface SurveyHistory {
  lastSurveyedAt(accountIds: readonly string[]): Promise<Record<string, EpochMs>>;
  noteSurveyed(accountId: string, at: EpochMs): Promise<void>;
}

/**
 * Where an incident's ICE records are kept: as facts of their days with a rebuild marker each (as
 * ingested records are), so the gadgets, the export and the report read them.
 */
export interface IceFactSink {
  write(facts: readonly Fact[], batchId: string): Promise<void>;
}

export interface IncidentDeps {
  incidents: IncidentStore;
  desk: IncidentDesk;
  history: SurveyHistory;
  facts: IceFactSink;
  /** The reporting time zone the facts are placed in. */
  timeZone: () => Promise<string>;
  settings: () => Promise<IceSettings>;
  /** The survey throttle in days, shared with the CES/CSAT loop (0 turns it off). */
  throttleDays: () => Promise<number>;
  /** Whether a project takes part in surveys. */
  projectEnabled: (projectKey: string | undefined) => Promise<boolean>;
  now: () => EpochMs;
}

/** Writes the incident's ICE facts whole (a rewrite of unchanged days changes nothing). */
export async function writeIceFacts(
  deps: Pick<IncidentDeps, 'facts' | 'timeZone'>,
  record: IncidentRecord,
  now: number,
) {
  const facts = iceFacts(record.log, record.survey, NO_DIMENSIONS, await deps.timeZone());
  if (facts.length > 0) await deps.facts.write(facts, `ice-${record.log.id}-${now}`);
}

export function emptyIncidentRecord(log: IncidentLog): IncidentRecord {
  return { log, survey: null, inquiries: [], agentMarks: {} };
}
