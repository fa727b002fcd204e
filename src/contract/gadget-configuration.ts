import { z } from 'zod';
import {
  BREAKDOWN_DIMENSIONS,
  GADGET_SOURCES,
  DISTRIBUTION_METRICS,
  FIGURE_METRICS,
  PERIOD_PRESETS,
  type GadgetConfiguration,
} from './gadgets';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are YYYY-MM-DD.');

/**
 * A gadget's saved configuration as read back from Jira: every field optional with a default, so
 * a gadget saved by an older version (or not yet configured) still renders sensibly. Unknown
 * fields are dropped.
 */
export const gadgetConfigurationSchema = z.object({
  projects: z
    .array(z.string().regex(/^[A-Z][A-Z0-9_]{0,49}$/, 'Project keys are letters and digits.'))
    .max(50)
    .default([]),
  requestTypes: z.array(z.string().max(50)).max(100).default([]),
  period: z
    .union([
      z.object({ preset: z.union(PERIOD_PRESETS.map((preset) => z.literal(preset))) }),
      z
        .object({ from: day, to: day })
        .refine((range) => range.from <= range.to, 'The period must start before it ends.'),
    ])
    .default({ preset: 30 }),
  timeZone: z
    .string()
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'Unknown time zone.')
    .default('UTC'),
  metrics: z
    .array(z.enum(FIGURE_METRICS))
    .min(1)
    .max(FIGURE_METRICS.length)
    // MTTA for people and for automation apart (metrics.md): an automated acknowledgement within
    // a minute would otherwise hide how long customers wait for a person.
    .default(['csat', 'ces', 'nps', 'fcr', 'mttaHuman', 'mttaAutomated', 'experienceIndex']),
  metric: z.enum(FIGURE_METRICS).default('csat'),
  distributionMetric: z.enum(DISTRIBUTION_METRICS).default('csat'),
  interval: z.enum(['day', 'week', 'month']).default('week'),
  dimension: z.enum(BREAKDOWN_DIMENSIONS).default('agent'),
  source: z.enum(GADGET_SOURCES).default('both'),
  targets: z.partialRecord(z.enum(FIGURE_METRICS), z.number().min(-100).max(10_000_000)).default({}),
}) satisfies z.ZodType<GadgetConfiguration, unknown>;

export const defaultGadgetConfiguration = (): GadgetConfiguration => gadgetConfigurationSchema.parse({});
