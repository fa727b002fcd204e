import { z } from 'zod';

/**
 * A customer's self-service session in the portal: it starts when a signed-in customer opens the
 * help center or a portal to look for help, and lasts while they keep looking. Pure rules; the
 * app stores one open session per customer.
 */
export const portalSessionSchema = z.object({
  id: z.string().min(1),
  startedAt: z.number(),
  lastSeenAt: z.number(),
  /** The customer closed the question without answering: it is not asked again in this session. */
  dismissed: z.boolean(),
});
export type PortalSession = z.infer<typeof portalSessionSchema>;

/** A session with no page seen for this long has ended (the customer stopped looking). */
export const SESSION_IDLE_MS = 30 * 60 * 1000;

/**
 * What a session without an answer counts as once it ends: metrics.md leaves it to the admin,
 * `unknown` (not counted) or `abandoned`. Until the admin page offers the choice, `unknown`: a
 * customer who simply left is not assumed to have failed.
 */
export const UNANSWERED_SESSIONS: 'unknown' | 'abandoned' = 'unknown';

export const hasEnded = (session: PortalSession, now: number) => now - session.lastSeenAt >= SESSION_IDLE_MS;

/** The answers a customer can give; `dismiss` closes the question without deciding anything. */
export const selfServiceAnswerSchema = z.object({
  sessionId: z.string().min(1).max(64),
  answer: z.enum(['yes', 'no', 'dismiss']),
});
