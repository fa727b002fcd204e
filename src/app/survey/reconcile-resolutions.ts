import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import {
  latestChange,
  SAME_RESOLUTION_MS,
  sameResolutionMoment,
} from '../../domain/resolution/latest-change';
import { latestResolutionChange } from '../../domain/resolution/from-issue';
import type { TicketState } from '../../domain/ticket/ticket-state';
import { JiraRefused, JiraUnavailable } from '../errors';
import type { ReconciliationStore, RecentResolutions, ResolvedRequest } from '../ports/recent-resolutions';
import type { RollupQueue } from '../ports/rollup-queue';
import type { ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';
import type { TicketStore } from '../ports/ticket-store';
import { completeResolution, handleResolutionChange } from './handle-resolution-change';

export interface ReconcileDeps {
  tickets: TicketStore;
  settings: SettingsStore;
  desk: ServiceDesk;
  rollups: RollupQueue;
  resolutions: RecentResolutions;
  reconciliation: ReconciliationStore;
  now: () => Date;
}

export interface ReconcileReport {
  /** Resolved requests compared with what is stored. */
  checked: number;
  /** Resolutions that were missing (their event never arrived, or every delivery failed), now recorded. */
  recovered: number;
  /** Resolutions recorded from their event alone whose read of the issue is now done. */
  completed: number;
  /** Up to when Jira's resolutions are now known to be stored (ISO-8601). */
  watermark: string;
  /** Stopped early (time budget, or Jira unavailable); the next run resumes at the watermark. */
  stopped: 'out-of-time' | 'jira-unavailable' | null;
}

/** The first run looks this far back (the trigger's redeliveries span at most an hour). */
const FIRST_LOOKBACK_MINUTES = 120;
/** Each run looks back over the last one's end by this much: Jira's search index lags a little. */
const OVERLAP_MINUTES = 15;
/** A run never looks further back than this, however long the reconciliation was not running. */
const MAX_LOOKBACK_MINUTES = 7 * 24 * 60;

/**
 * The hourly reconciliation: Forge retries a product event at most four times and promises no
 * order, so a resolution can still be lost (every delivery failed, or it was never sent). This
 * asks Jira's search for the requests resolved since the last run, in the projects surveys are on,
 * and compares each with the stored ticket: a resolution not stored is read from the issue's
 * changelog and fed through the same use case as the trigger (so it is decided, and deduplicated
 * against a late event, exactly alike); one stored from its event alone whose read of the issue is
 * still owed is finished. The watermark moves only over requests that are done, so a run cut short
 * (time budget, Jira outage) resumes where it stopped.
 */
export async function runReconciliation(deps: ReconcileDeps, deadline: Date): Promise<ReconcileReport> {
  const startedAt = deps.now();
  const settings = await deps.settings.get();
  const stored = await deps.reconciliation.watermark();
  const report: ReconcileReport = {
    checked: 0,
    recovered: 0,
    completed: 0,
    watermark: stored ?? new Date(startedAt.getTime() - FIRST_LOOKBACK_MINUTES * 60_000).toISOString(),
    stopped: null,
  };
  const projects =
    settings.enabledProjects === 'all'
      ? await deps.resolutions.serviceDeskProjects()
      : settings.enabledProjects;
  if (projects.length === 0) {
    await deps.reconciliation.saveWatermark(startedAt.toISOString());
    return { ...report, watermark: startedAt.toISOString() };
  }
  const from = Date.parse(report.watermark) - (stored ? OVERLAP_MINUTES * 60_000 : 0);
  const minutes = Math.min(MAX_LOOKBACK_MINUTES, Math.ceil((startedAt.getTime() - from) / 60_000));
  let token: string | null = null;
  do {
    let page: Awaited<ReturnType<RecentResolutions['resolvedWithin']>>;
    try {
      page = await deps.resolutions.resolvedWithin(projects, minutes, token);
    } catch (error) {
      if (error instanceof JiraUnavailable) return finish(deps, { ...report, stopped: 'jira-unavailable' });
      throw error;
    }
    for (const request of page.requests) {
      if (deps.now() >= deadline) return finish(deps, { ...report, stopped: 'out-of-time' });
      try {
        const outcome = await reconcileOne(deps, request);
        report.checked += 1;
        if (outcome !== 'in-step') report[outcome] += 1;
        if (outcome === 'recovered')
          await deps.reconciliation.noteRecovered(
            request.projectKey,
            format(new TZDate(Date.parse(request.resolvedAt), settings.reportingTimeZone), 'yyyy-MM'),
          );
      } catch (error) {
        if (error instanceof JiraUnavailable) return finish(deps, { ...report, stopped: 'jira-unavailable' });
        if (!(error instanceof JiraRefused)) throw error;
        // The request went away or out of reach between the search and the read: nothing to store.
        console.warn(`Reconciliation: ${request.issueKey} skipped: ${error.message}`);
      }
      if (Date.parse(request.resolvedAt) > Date.parse(report.watermark))
        report.watermark = request.resolvedAt;
    }
    token = page.nextPageToken ?? null;
  } while (token);
  return finish(deps, { ...report, watermark: startedAt.toISOString() });
}

async function finish(deps: ReconcileDeps, report: ReconcileReport): Promise<ReconcileReport> {
  await deps.reconciliation.saveWatermark(report.watermark);
  return report;
}

async function reconcileOne(
  deps: ReconcileDeps,
  request: ResolvedRequest,
): Promise<'recovered' | 'completed' | 'in-step'> {
  const { ticket } = await deps.tickets.load(request.issueId);
  const state = ticket.value;
  if (state && knowsResolution(state, request.resolvedAt)) {
    if (state.pendingSnapshot === null) return 'in-step';
    const done = await completeResolution(deps, request.issueId, request.issueKey);
    return done === 'completed' ? 'completed' : 'in-step';
  }
  const snapshot = await deps.desk.snapshotOf(request.issueKey);
  const change = latestResolutionChange(snapshot.issue, request.projectKey);
  // Reopened since the search, or no resolution in the changelog: nothing to recover.
  if (!change || change.kind !== 'resolved') return 'in-step';
  const outcome = await handleResolutionChange(deps, change, { reporter: request.reporter }, snapshot);
  return outcome === 'scheduled' || outcome === 'skipped' ? 'recovered' : 'in-step';
}

/**
 * Whether the stored ticket already has the resolution Jira reports: a stored resolution at the
 * same moment, or a newer change than it (then Jira's answer is older than what is stored).
 */
function knowsResolution(state: TicketState, resolvedAt: string): boolean {
  const resolutions = state.events.filter((event) => event.kind === 'resolved');
  if (resolutions.some((event) => sameResolutionMoment(event.at, resolvedAt))) return true;
  const latest = latestChange(state.events);
  return latest !== null && Date.parse(latest.at) > Date.parse(resolvedAt) + SAME_RESOLUTION_MS;
}
