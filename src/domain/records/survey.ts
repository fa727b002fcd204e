import { z } from 'zod';

/** The surveys metrics.md defines, and the ICE questions. */
export const SURVEYS = ['csat', 'ces', 'nps', 'ice'] as const;
export type Survey = (typeof SURVEYS)[number];

export const ICE_QUESTIONS = ['clarity', 'timeliness', 'usefulness'] as const;
export type IceQuestion = (typeof ICE_QUESTIONS)[number];

export const surveySchema = z.enum(SURVEYS);

/** Each survey's scale, inclusive. A score outside it is invalid input, not data. */
export const SCALES: Readonly<Record<Survey, { min: number; max: number }>> = {
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
  nps: { min: 0, max: 10 },
  ice: { min: 1, max: 5 },
};
