import type { EpochMs } from '../records/instant';
import type { IncidentLog } from './incident-log';

/**
 * A major incident's window: from the first moment it was seen major to its first resolution
 * after that. `resolvedAt` is `null` while open; later resolutions after a reopen do not move it
 * (as a ticket's `resolvedAt`), so a reopened incident keeps one window and one survey.
 */
export interface IncidentWindow {
  declaredAt: EpochMs;
  resolvedAt: EpochMs | null;
  /** Whether the incident was still major when it was resolved (a downgraded one is not surveyed). */
  majorAtResolution: boolean | null;
}

/** Whether the incident was major at `at`: the latest mark at or before it; before any mark, not major. */
export function majorAt(log: IncidentLog, at: EpochMs): boolean {
  let major = false;
  for (const mark of log.majorMarks) {
    if (mark.at > at) break;
    major = mark.major;
  }
  return major;
}

/** The window, or `null` if the incident was never major. */
export function incidentWindow(log: IncidentLog): IncidentWindow | null {
  const declared = log.majorMarks.find((mark) => mark.major);
  if (!declared) return null;
  const resolvedAt = log.resolutionsAt.find((at) => at >= declared.at) ?? null;
  return {
    declaredAt: declared.at,
    resolvedAt,
    majorAtResolution: resolvedAt === null ? null : majorAt(log, resolvedAt),
  };
}
