import type { EpochMs } from '../records/instant';
import type { IncidentLog, IncidentUpdate } from './incident-log';
import { incidentWindow } from './incident-window';

/**
 * How an incident kept the people it touched informed, within its window.
 *
 * - `updates`: public updates from declaration to resolution (or to `asOf` while open).
 * - `firstUpdateSeconds`: declaration → first update; `null` if none yet.
 * - `gapsSeconds`: declaration → first update, then between consecutive updates, then last
 *   update → resolution (while open, → `asOf`: the silence so far); what a customer waited for
 *   news. Empty without a window.
 * - `longestGapSeconds`: the largest of them (`null` when empty).
 */
export interface CommunicationTimeline {
  declaredAt: EpochMs | null;
  resolvedAt: EpochMs | null;
  updates: IncidentUpdate[];
  firstUpdateSeconds: number | null;
  gapsSeconds: number[];
  longestGapSeconds: number | null;
}

const seconds = (from: EpochMs, to: EpochMs) => Math.round((to - from) / 1000);

/** The timeline as of `asOf`; an incident never major has no window and no timeline figures. */
export function communicationTimeline(log: IncidentLog, asOf: EpochMs): CommunicationTimeline {
  const window = incidentWindow(log);
  if (window === null || window.declaredAt > asOf) {
    return {
      declaredAt: null,
      resolvedAt: null,
      updates: [],
      firstUpdateSeconds: null,
      gapsSeconds: [],
      longestGapSeconds: null,
    };
  }
  const resolvedAt = window.resolvedAt !== null && window.resolvedAt <= asOf ? window.resolvedAt : null;
  const end = resolvedAt ?? asOf;
  const updates = log.updates.filter((u) => u.at >= window.declaredAt && u.at <= end);
  const moments = [window.declaredAt, ...updates.map((u) => u.at), end];
  const gapsSeconds: number[] = [];
  for (let i = 1; i < moments.length; i += 1) gapsSeconds.push(seconds(moments[i - 1]!, moments[i]!));
  const first = updates[0];
  return {
    declaredAt: window.declaredAt,
    resolvedAt,
    updates,
    firstUpdateSeconds: first === undefined ? null : seconds(window.declaredAt, first.at),
    gapsSeconds,
    longestGapSeconds: gapsSeconds.length === 0 ? null : Math.max(...gapsSeconds),
  };
}
