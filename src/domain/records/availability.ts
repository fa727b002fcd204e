import { z } from 'zod';
import { instant } from './instant';

/**
 * One availability probe of a service. `responseMs` may be absent for a failed probe; a sample
 * counts as effectively available only when it is up and its response time is known and within
 * `thresholdMs`.
 */
export const availabilitySchema = z.object({
  type: z.literal('availability'),
  service: z.string().min(1),
  at: instant,
  up: z.boolean(),
  responseMs: z.number().nonnegative().nullish(),
  thresholdMs: z.number().nonnegative(),
});

export type AvailabilityInput = z.input<typeof availabilitySchema>;
export type AvailabilitySample = z.output<typeof availabilitySchema>;
