import { z } from 'zod';
import { instant } from './instant';
import { ICE_QUESTIONS, SCALES, surveyKindSchema } from './survey-kind';

/**
 * One survey answer. `question` is required for ICE (and ignored otherwise); the score must be an
 * integer on the survey's scale. `cycle` names the resolution the answer is about (1 for the
 * first, 2 after a reopen and a new resolution, …); records without one (older exports, imports)
 * read as one cycle. One answer per respondent, survey, ticket, cycle and source stands (see
 * docs/decisions.md, "One answer per survey cycle and per source").
 */
export const responseSchema = z
  .object({
    type: z.literal('response'),
    source: z.string().nullish(),
    ticketId: z.string().min(1),
    survey: surveyKindSchema,
    question: z.enum(ICE_QUESTIONS).nullish(),
    score: z.number().int(),
    answeredAt: instant,
    cycle: z
      .number()
      .int()
      .positive()
      .nullish()
      .transform((value) => value ?? undefined),
    respondent: z
      .string()
      .nullish()
      .transform((value) => value ?? undefined),
    comment: z.string().nullish(),
  })
  .check((ctx) => {
    const { survey, score, question } = ctx.value;
    const scale = SCALES[survey];
    if (score < scale.min || score > scale.max) {
      ctx.issues.push({
        code: 'custom',
        input: score,
        path: ['score'],
        message: `score ${score} is outside the ${survey} scale ${scale.min}–${scale.max}`,
      });
    }
    if (survey === 'ice' && question == null) {
      ctx.issues.push({
        code: 'custom',
        input: question,
        path: ['question'],
        message: 'ice needs a question',
      });
    }
  });

export type ResponseInput = z.input<typeof responseSchema>;
export type SurveyResponse = z.output<typeof responseSchema>;
