import { z } from 'zod';
import { dimensionsSchema } from '../facts/dimensions';

const at = z.iso.datetime({ offset: true });

/**
 * One person's current NPS cycle: opened the first time the prompt is shown to them, it names
 * where their answer will count (the service desk, request and segments of their most recent
 * resolved request, the anchor) and ends answered or dismissed. `id` is opaque: it keys the
 * cycle's facts without naming the person.
 */
export const npsCycleSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+$/),
  number: z.number().int().positive(),
  shownAt: at,
  anchor: z.object({
    issueId: z.string(),
    issueKey: z.string(),
    projectKey: z.string(),
    dimensions: dimensionsSchema,
  }),
  state: z.enum(['shown', 'answered', 'dismissed']),
  /** When it was answered or dismissed. */
  endedAt: at.nullable(),
  score: z.number().int().min(0).max(10).nullable(),
  /** What the customer added after the score, once. */
  reason: z.string().nullable().default(null),
  comment: z.string().nullable().default(null),
  explained: z.boolean().default(false),
  followUpId: z.string().nullable(),
});
export type NpsCycle = z.infer<typeof npsCycleSchema>;

/** Why a person was not asked, recorded as the CES/CSAT policy records a skipped survey. */
export const NPS_SKIP_REASONS = [
  'desk-not-enabled',
  'no-recent-resolution',
  'asked-this-cycle',
  'quiet-after-survey',
  'not-sampled',
] as const;
export type NpsSkipReason = (typeof NPS_SKIP_REASONS)[number];

/**
 * What the customer record keeps for NPS: the latest request resolved for them (set by the
 * resolution that links it), the current or last cycle, how many cycles there were, the last
 * reason they were not asked, and the follow-ups opened on their answers (for the erasure).
 */
export const customerNpsSchema = z.object({
  lastResolved: z
    .object({ issueId: z.string(), issueKey: z.string(), projectKey: z.string(), at })
    .nullable()
    .default(null),
  cycles: z.number().int().nonnegative().default(0),
  current: npsCycleSchema.nullable().default(null),
  lastSkip: z
    .object({ reason: z.enum(NPS_SKIP_REASONS), at })
    .nullable()
    .default(null),
  followUps: z.array(z.string()).default([]),
});
export type CustomerNps = z.infer<typeof customerNpsSchema>;

export const EMPTY_CUSTOMER_NPS: CustomerNps = {
  lastResolved: null,
  cycles: 0,
  current: null,
  lastSkip: null,
  followUps: [],
};

/** Follow-ups remembered per person, enough for decades of quarterly answers. */
const FOLLOW_UPS_KEPT = 200;

export function withFollowUpId(nps: CustomerNps, id: string): CustomerNps {
  return { ...nps, followUps: [...nps.followUps.filter((kept) => kept !== id), id].slice(-FOLLOW_UPS_KEPT) };
}

/**
 * Remembers the person's latest resolved request (the NPS anchor); an older resolution delivered
 * late does not replace a newer one.
 */
export function withLastResolved<T extends { nps: CustomerNps }>(
  customer: T,
  resolved: NonNullable<CustomerNps['lastResolved']>,
): T {
  const known = customer.nps.lastResolved;
  if (known && Date.parse(known.at) > Date.parse(resolved.at)) return customer;
  return { ...customer, nps: { ...customer.nps, lastResolved: resolved } };
}
