import { stableHash } from '../survey/sampling';
import type { CustomerNps, NpsCycle, NpsSkipReason } from './nps-cycle';
import { isNpsProject, type NpsSettings } from './nps-settings';

const DAY_MS = 86_400_000;

export type NpsDecision =
  /** The cycle is open and unanswered: the same prompt shows again. */
  | { kind: 'open'; cycle: NpsCycle }
  /** Due and chosen: a new cycle starts now, anchored to the latest resolved request. */
  | { kind: 'start'; number: number; anchor: NonNullable<CustomerNps['lastResolved']> }
  | { kind: 'skip'; reason: NpsSkipReason };

export interface NpsEligibilityInput {
  settings: NpsSettings;
  accountId: string;
  nps: CustomerNps;
  /** The latest CES/CSAT survey of this person, for the quiet period; `null` if none. */
  lastSurveyedAt: Date | null;
  now: Date;
}

/**
 * The sampling draw of a person for one interval-long period, uniform in [0, 1): the same all
 * period long (the answer does not change from page to page), fresh the next period.
 */
export function npsDraw(accountId: string, now: Date, intervalDays: number): number {
  const period = Math.floor(now.getTime() / (intervalDays * DAY_MS));
  return stableHash(`nps:${accountId}:${period}`) / 2 ** 32;
}

/**
 * Whether to show a person the NPS prompt, decided on the server from their customer record
 * alone. In order: a cycle younger than the interval either shows again (unanswered) or ends the
 * matter (answered or dismissed: asked this cycle); then the person needs a request resolved in
 * the last `recentDays`, in a service desk where NPS is on; not within `quietDays` of a CES/CSAT
 * invitation; and a draw inside the sampling share. Every "no" names its reason.
 */
export function decideNpsPrompt({
  settings,
  accountId,
  nps,
  lastSurveyedAt,
  now,
}: NpsEligibilityInput): NpsDecision {
  const current = nps.current;
  if (current && now.getTime() - Date.parse(current.shownAt) < settings.intervalDays * DAY_MS) {
    return current.state === 'shown'
      ? { kind: 'open', cycle: current }
      : { kind: 'skip', reason: 'asked-this-cycle' };
  }
  const resolved = nps.lastResolved;
  if (!resolved || now.getTime() - Date.parse(resolved.at) > settings.recentDays * DAY_MS)
    return { kind: 'skip', reason: 'no-recent-resolution' };
  if (!isNpsProject(settings, resolved.projectKey)) return { kind: 'skip', reason: 'desk-not-enabled' };
  // Only an invitation before now starts a quiet period (a later one is a clock's disagreement).
  const sinceSurvey = lastSurveyedAt ? now.getTime() - lastSurveyedAt.getTime() : null;
  if (sinceSurvey !== null && sinceSurvey >= 0 && sinceSurvey < settings.quietDays * DAY_MS)
    return { kind: 'skip', reason: 'quiet-after-survey' };
  const sampled =
    settings.samplingPercent >= 100 ||
    npsDraw(accountId, now, settings.intervalDays) * 100 < settings.samplingPercent;
  if (!sampled) return { kind: 'skip', reason: 'not-sampled' };
  return { kind: 'start', number: nps.cycles + 1, anchor: resolved };
}
