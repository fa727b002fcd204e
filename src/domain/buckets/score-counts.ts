import { SCALES, type SurveyKind } from '../records/survey-kind';

/**
 * Answers per score of one survey (or one ICE question): `counts[score − scale.min]`.
 * Per-score counts merge by addition and answer any threshold exactly, so a changed CES threshold
 * needs no rebuild.
 */
export type ScoreCounts = number[];

export function emptyScoreCounts(survey: SurveyKind): ScoreCounts {
  const { min, max } = SCALES[survey];
  return new Array<number>(max - min + 1).fill(0);
}

export function addScoreCounts(into: ScoreCounts, from: readonly number[]): void {
  for (let i = 0; i < into.length; i += 1) into[i]! += from[i] ?? 0;
}

/**
 * How many answers of `survey` scored within [low, high].
 *
 * Empty input: all-zero counts give 0.
 */
export function countScores(
  counts: readonly number[],
  survey: SurveyKind,
  low: number,
  high: number,
): number {
  const { min } = SCALES[survey];
  let total = 0;
  for (let score = Math.max(low, min); score <= high && score - min < counts.length; score += 1) {
    total += counts[score - min] as number;
  }
  return total;
}

/** Total answers. */
export function totalScores(counts: readonly number[]): number {
  let total = 0;
  for (const count of counts) total += count;
  return total;
}
