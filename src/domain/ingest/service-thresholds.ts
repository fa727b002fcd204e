import { z } from 'zod';

/**
 * Per service, the response time its users accept, in milliseconds: what an availability sample
 * without its own `thresholdMs` is judged by. Names are compared as sent (case and spaces count).
 */
export const serviceThresholdsSchema = z
  .array(
    z.object({
      service: z
        .string()
        .trim()
        .min(1, 'a service needs a name')
        .max(100, 'a service name is at most 100 characters'),
      thresholdMs: z
        .number()
        .int('the threshold is a whole number of milliseconds')
        .min(1, 'the threshold is at least 1 ms')
        .max(600_000, 'the threshold is at most 600000 ms (10 minutes)'),
    }),
  )
  .max(50, 'at most 50 services')
  .refine((list) => new Set(list.map((entry) => entry.service)).size === list.length, {
    message: 'each service is named once',
  });

export type ServiceThresholds = z.infer<typeof serviceThresholdsSchema>;

/** The threshold of `service`, or `undefined` when the admin page sets none. */
export const thresholdOf = (thresholds: ServiceThresholds, service: string): number | undefined =>
  thresholds.find((entry) => entry.service === service)?.thresholdMs;
