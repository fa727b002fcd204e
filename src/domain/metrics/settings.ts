import { z } from 'zod';

const weight = z.number().nonnegative().default(1);

/**
 * Everything a user may change about the metrics (metrics.md), with its default. Parse a partial
 * object to get a complete one: `settingsSchema.parse({ cesThreshold: 5 })`.
 */
export const settingsSchema = z.object({
  /** CES counts a score at or above this as positive. */
  cesThreshold: z.number().int().min(1).max(7).default(6),
  targets: z
    .object({
      csat: z.number().default(85),
      ces: z.number().default(80),
      nps: z.number().default(50),
      ice: z.number().default(85),
      fcr: z.number().default(75),
      experienceIndex: z.number().default(80),
    })
    .prefault({}),
  mtta: z
    .object({
      /** Priorities in the `high` class, compared without regard to case. */
      highPriorities: z.array(z.string()).default(['Highest', 'High', 'Critical', 'Blocker', 'P1', 'P2']),
      highTargetSeconds: z.number().positive().default(900),
      standardTargetSeconds: z.number().positive().default(7200),
    })
    .prefault({}),
  /** Experience Index weights; a weight of 0 leaves its component out. */
  weights: z
    .object({
      csat: weight,
      ces: weight,
      nps: weight,
      fcr: weight,
      mtta: weight,
      availability: weight,
      selfService: weight,
    })
    .prefault({}),
});

export type MetricSettings = z.output<typeof settingsSchema>;
export type MetricSettingsInput = z.input<typeof settingsSchema>;
export type MttaRule = MetricSettings['mtta'];

/** The defaults of metrics.md. */
export const DEFAULT_SETTINGS: MetricSettings = settingsSchema.parse({});
