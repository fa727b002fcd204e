import {
  addScoreCounts,
  countScores,
  emptyScoreCounts,
  totalScores,
  type ScoreCounts,
} from '../buckets/score-counts';
import { ICE_QUESTIONS, type IceQuestion } from '../records/survey-kind';
import { proportion, type Proportion } from './proportion';

/** ICE counts 4 and 5 on each 1–5 question as effective communication. */
const ICE_POSITIVE_FROM = 4;

export interface IceResult {
  value: number | null;
  n: number;
  byQuestion: Record<IceQuestion, Proportion>;
  /** Tickets created in the window whose user asked for a status already communicated. */
  statusFollowUps: number;
}

function iceProportion(counts: ScoreCounts): Proportion {
  return proportion(countScores(counts, 'ice', ICE_POSITIVE_FROM, 5), totalScores(counts));
}

/**
 * Incident communication effectiveness: 100 × count(score ≥ 4) / n over all ICE answers, and the
 * same per question (clarity, timeliness, usefulness).
 *
 * Empty input: no answers gives `value: null`; a question without answers has `value: null`.
 */
export function ice(questions: Record<IceQuestion, ScoreCounts>, statusFollowUps: number): IceResult {
  const all = emptyScoreCounts('ice');
  for (const question of ICE_QUESTIONS) addScoreCounts(all, questions[question]);
  const overall = iceProportion(all);
  return {
    value: overall.value,
    n: overall.n,
    byQuestion: {
      clarity: iceProportion(questions.clarity),
      timeliness: iceProportion(questions.timeliness),
      usefulness: iceProportion(questions.usefulness),
    },
    statusFollowUps,
  };
}
