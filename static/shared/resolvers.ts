/**
 * One typed wrapper per resolver key. The contract types come straight from src/contract, so the
 * UI and the backend cannot drift apart; every answer is an Envelope, success or expected failure.
 */
import { invoke } from '@forge/bridge';
import type { Envelope } from '../../src/contract/envelope';
import type { ResolverContract } from '../../src/contract/resolvers';
import type { SurveyAnswerInput } from '../../src/contract/survey';

/** Every resolver the UI may call: the survey loop's, the gadgets', the backfill's. */
export type UiContract = ResolverContract;
export type UiResolverKey = keyof UiContract;

export type ResolverAnswer<K extends UiResolverKey> = UiContract[K]['answer'];
export type ResolverPayload<K extends UiResolverKey> = UiContract[K]['payload'];

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'data' in value : value.ok === false && 'error' in value;
}

/**
 * Calls one resolver; a reply that is not an envelope, or a call that throws (network, bridge,
 * an unexpected backend error), becomes an UNAVAILABLE failure, so callers handle one shape.
 */
export async function callResolver<K extends UiResolverKey>(
  key: K,
  payload: ResolverPayload<K>,
): Promise<Envelope<ResolverAnswer<K>>> {
  let reply: unknown;
  try {
    reply = await invoke(key, payload as Record<string, unknown>);
  } catch (thrown) {
    const message =
      thrown instanceof Error && thrown.message ? thrown.message : 'The app could not be reached.';
    return { ok: false, error: { code: 'UNAVAILABLE', message } };
  }
  if (!isEnvelope(reply)) {
    return {
      ok: false,
      error: { code: 'UNAVAILABLE', message: 'The app sent an answer this page cannot read.' },
    };
  }
  return reply as Envelope<ResolverAnswer<K>>;
}

/**
 * One call per resolver key, named as the key (`resolvers.submitSurvey(answer)`): the calls are
 * the backend's use cases seen from the page, so they keep the keys' names without taking the
 * use cases' own.
 */
export const resolvers = {
  /** The customer's survey on the portal request the panel is framed in. */
  getPortalSurvey: () => callResolver('getPortalSurvey', {}),
  /** Sends the customer's answer; answers the survey as it is afterwards. */
  submitSurvey: (answer: SurveyAnswerInput) => callResolver('submitSurvey', answer),
  /** The agent's view of the ticket the issue panel is framed in. */
  getTicketResult: () => callResolver('getTicketResult', {}),
  /** Records that the viewing agent followed up the ticket's low score. */
  markFollowUpDone: () => callResolver('markFollowUpDone', {}),
  getSettings: () => callResolver('getSettings', {}),
  /** A partial settings object: only the fields that changed (the backend's strict patch schema). */
  saveSettings: (patch: Record<string, unknown>) => callResolver('saveSettings', patch),

  /** The backfill's progress (idle until an administrator starts one). */
  getBackfill: () => callResolver('getBackfill', {}),
  /** Starts importing the last `months` months (1–24); refused with CONFLICT while one is running. */
  startBackfill: (months: number) => callResolver('startBackfill', { months }),
  /** Continues a paused or failed import where it stopped. */
  resumeBackfill: () => callResolver('resumeBackfill', {}),
  /** One part of the stored records as NDJSON; pass the previous part's `cursor` for the next. */
  exportRecords: (cursor?: string) => callResolver('exportRecords', cursor === undefined ? {} : { cursor }),
  /** The timings of the ticket the issue panel is framed in; `null` when it was never captured. */
  getTicketTimings: () => callResolver('getTicketTimings', {}),

  /** The full rebuild of the figures from the stored records, and its progress. */
  getRebuild: () => callResolver('getRebuild', {}),
  rebuildFigures: () => callResolver('rebuildFigures', {}),

  /** The signing key of one-click answer links: version and age only. */
  getAnswerLinkKey: () => callResolver('getAnswerLinkKey', {}),
  /** Replaces it: every link sent before stops answering. */
  rotateAnswerLinkKey: () => callResolver('rotateAnswerLinkKey', {}),

  /** The ingest endpoint: its URL, the secret's version and age, the limits, recent requests. */
  getIngest: () => callResolver('getIngest', {}),
  /** Makes a new ingest secret, answered this once; the previous one stops working. */
  rotateIngestSecret: () => callResolver('rotateIngestSecret', {}),
  /** Replaces the per-service thresholds (response times users accept). */
  saveServiceThresholds: (thresholds: Array<{ service: string; thresholdMs: number }>) =>
    callResolver('saveServiceThresholds', { thresholds }),

  /** The ServiceNow connection (never its credentials), the stock mapping and the sync's progress. */
  getServiceNow: () => callResolver('getServiceNow', {}),
  /** Tests the connection as entered, table by table; stores nothing. */
  testServiceNow: (connection: Record<string, unknown>) => callResolver('testServiceNow', connection),
  /** Tests, then stores only when every table passes, and starts the first sync. */
  saveServiceNow: (connection: Record<string, unknown>) => callResolver('saveServiceNow', connection),
  /** Starts a sync now (one at a time). */
  syncServiceNow: () => callResolver('syncServiceNow', {}),
};
