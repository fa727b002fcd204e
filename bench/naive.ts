import { medianByRank } from '../src/domain/stats/median';
import { p90Rank } from '../src/domain/stats/nearest-rank';
import type { CanonicalRecord, SurveyResponse, Ticket } from '../src/domain';

const FCR_MS = 7 * 86_400_000;
const HIGH = new Set(['highest', 'high', 'critical', 'blocker', 'p1', 'p2']);

function sortedStats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    meanSeconds: sorted.reduce((sum, v) => sum + v, 0) / sorted.length / 1000,
    medianSeconds: (medianByRank(sorted.length, (rank) => sorted[rank - 1]!) ?? NaN) / 1000,
    p90Seconds: sorted[p90Rank(sorted.length) - 1]! / 1000,
  };
}

/**
 * The obvious implementation the calculator is measured against: filter the records for each
 * metric, dedupe answers with string keys, and sort every duration list. Same definitions, no
 * aggregates.
 */
export function naiveMetrics(records: readonly CanonicalRecord[], asOf: number) {
  const tickets = records.filter((r): r is Ticket => r.type === 'ticket');
  const answers = records.filter((r): r is SurveyResponse => r.type === 'response');
  const first = new Map<string, SurveyResponse>();
  const anonymous: SurveyResponse[] = [];
  for (const a of answers) {
    if (a.respondent === undefined) {
      anonymous.push(a);
      continue;
    }
    const key = `${a.survey}|${a.question ?? ''}|${a.ticketId}|${a.respondent}`;
    const seen = first.get(key);
    if (seen === undefined || a.answeredAt < seen.answeredAt) first.set(key, a);
  }
  const kept = [...first.values(), ...anonymous];
  const share = (survey: string, positive: (score: number) => boolean) => {
    const of = kept.filter((a) => a.survey === survey);
    return (100 * of.filter((a) => positive(a.score)).length) / of.length;
  };
  const acks = tickets.filter((t) => t.firstResponseAt !== undefined);
  const ackMs = acks.map((t) => t.firstResponseAt! - t.createdAt);
  const within = acks.filter(
    (t, i) => ackMs[i]! <= (HIGH.has((t.priority ?? '').toLowerCase()) ? 900_000 : 7_200_000),
  );
  const resolved = tickets.filter((t) => t.resolvedAt !== undefined);
  const failed = resolved.filter((t) =>
    [...t.reopenedAt, ...t.followUpAt].some((at) => at > t.resolvedAt! && at <= t.resolvedAt! + FCR_MS),
  );
  const failedSet = new Set(failed);
  const decided = resolved.filter((t) => failedSet.has(t) || t.resolvedAt! + FCR_MS <= asOf).length;
  const nps = kept.filter((a) => a.survey === 'nps');
  return {
    csat: share('csat', (s) => s >= 4),
    ces: share('ces', (s) => s >= 6),
    nps:
      (100 * (nps.filter((a) => a.score >= 9).length - nps.filter((a) => a.score <= 6).length)) / nps.length,
    ice: share('ice', (s) => s >= 4),
    fcr: (100 * (decided - failed.length)) / decided,
    mtta: { ...sortedStats(ackMs), targetAttainment: (100 * within.length) / acks.length },
    ttv: sortedStats(
      tickets
        .filter((t) => t.kind === 'request' && t.resolvedAt !== undefined)
        .map((t) => (t.valueAt ?? t.resolvedAt!) - t.createdAt),
    ),
  };
}
