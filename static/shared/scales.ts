import type { AgentTicketResult } from '../../src/contract/survey';

/**
 * The survey scales as the contract fixes them (CES 1–7, CSAT 1–5). The type comes from the
 * contract's literal types, so a change there fails to compile here rather than drifting.
 */
export const SURVEY_SCALES: AgentTicketResult['scales'] = {
  ces: { min: 1, max: 7 },
  csat: { min: 1, max: 5 },
};

/** The whole numbers of a scale, lowest first: `{ min: 1, max: 5 }` → `[1, 2, 3, 4, 5]`. */
export function scalePoints({ min, max }: { min: number; max: number }): number[] {
  return Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);
}

/** A score with its scale, e.g. "6 / 7"; an absent score is a dash. */
export function scoreOnScale(score: number | null, scale: { max: number }): string {
  return score === null ? '—' : `${score} / ${scale.max}`;
}
