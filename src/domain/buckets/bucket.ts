import type { IceQuestion, SurveyKind } from '../records/survey-kind';
import type { MttaRule } from '../metrics/settings';
import type { DurationSummary } from './duration-summary';
import type { Outcomes } from './outcomes';
import type { ScoreCounts } from './score-counts';

/** Acknowledgement times of one MTTA group, with how many met their priority's target. */
export interface AckSummary {
  durations: DurationSummary;
  withinTarget: number;
}

/** Samples of one service. */
export interface AvailabilityCounts {
  n: number;
  up: number;
  /** Up and answering within the threshold. */
  effective: number;
}

/**
 * Everything the metrics need about the records placed in one period (a day, a window, a
 * breakdown's slice), in a compact JSON-serialisable form. Buckets of any periods merge into the
 * bucket of their union (see mergeBuckets), so a gadget reads a handful of stored buckets instead
 * of every record.
 *
 * Two things are fixed when a bucket is built: MTTA target attainment uses the MTTA rule it
 * records (priority classes and targets), and FCR / self-service cases still open at the build's
 * `asOf` are listed by the moment they settle. A bucket must be rebuilt when its records change
 * or the MTTA rule does.
 */
export interface Bucket {
  version: 1;
  mttaRule: MttaRule;
  /**
   * Present when the bucket merges buckets built under different MTTA rules: its within-target
   * counts mix two rules and are not read (`attainmentReadable`) until the buckets are rebuilt.
   */
  mttaRuleMixed?: true;
  surveys: { csat: ScoreCounts; ces: ScoreCounts; nps: ScoreCounts; ice: Record<IceQuestion, ScoreCounts> };
  /** Responses per survey for the response rate (ICE: one per respondent and ticket). */
  responses: Record<SurveyKind, number>;
  invitations: Record<SurveyKind, number>;
  statusFollowUps: number;
  fcr: Outcomes;
  mtta: { overall: AckSummary; human: AckSummary; automated: AckSummary; unacknowledged: number };
  ttv: DurationSummary;
  aht: { n: number; sumMs: number };
  selfService: Outcomes & { abandoned: number };
  availability: Record<string, AvailabilityCounts>;
}
