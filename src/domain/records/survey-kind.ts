import { z } from 'zod';

/**
 * The kinds of survey metrics.md defines, and the ICE questions. A response or an invitation names
 * its kind in its `survey` field (the NDJSON wire form keeps that name).
 */
export const SURVEY_KINDS = ['csat', 'ces', 'nps', 'ice'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export const ICE_QUESTIONS = ['clarity', 'timeliness', 'usefulness'] as const;
export type IceQuestion = (typeof ICE_QUESTIONS)[number];

export const surveyKindSchema = z.enum(SURVEY_KINDS);

/** Each survey's scale, inclusive. A score outside it is invalid input, not data. */
export const SCALES: Readonly<Record<SurveyKind, { min: number; max: number }>> = {
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
  nps: { min: 0, max: 10 },
  ice: { min: 1, max: 5 },
};
