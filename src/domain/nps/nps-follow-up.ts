import { z } from 'zod';
import { NPS_BAND_NAMES, type NpsBand } from './nps-band';

const at = z.iso.datetime({ offset: true });

export const FOLLOW_UP_STATES = ['open', 'contacted', 'closed'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** One change of a follow-up, kept for good: what changed, who changed it and when. */
const followUpChangeSchema = z.object({
  at,
  /** Account id of who made the change; the customer for `opened` and `explained`. */
  by: z.string(),
  change: z.enum(['opened', 'explained', 'state']),
  from: z.enum(FOLLOW_UP_STATES).nullable(),
  to: z.enum(FOLLOW_UP_STATES).nullable(),
});

/**
 * What a team lead works from after a detractor (or, if set, a passive) answer: who answered,
 * their score, reason and comment, where (the anchor request and its desk), and the state of the
 * follow-up with who set it and when. Every change is appended to `history`.
 */
export const npsFollowUpSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+$/),
  accountId: z.string(),
  createdAt: at,
  score: z.number().int().min(0).max(10),
  band: z.enum(NPS_BAND_NAMES),
  reason: z.string().nullable(),
  comment: z.string().nullable(),
  projectKey: z.string(),
  requestKey: z.string(),
  organization: z.string().nullable(),
  state: z.enum(FOLLOW_UP_STATES),
  changedBy: z.string().nullable(),
  changedAt: at.nullable(),
  history: z.array(followUpChangeSchema),
});
export type NpsFollowUp = z.infer<typeof npsFollowUpSchema>;

export interface OpenFollowUp {
  id: string;
  accountId: string;
  at: string;
  score: number;
  band: NpsBand;
  projectKey: string;
  requestKey: string;
  organization: string | null;
}

/** Whether an answer of this band opens a follow-up. */
export function needsFollowUp(band: NpsBand, followUpPassives: boolean): boolean {
  return band === 'detractor' || (band === 'passive' && followUpPassives);
}

export function openFollowUp(input: OpenFollowUp): NpsFollowUp {
  return {
    id: input.id,
    accountId: input.accountId,
    createdAt: input.at,
    score: input.score,
    band: input.band,
    reason: null,
    comment: null,
    projectKey: input.projectKey,
    requestKey: input.requestKey,
    organization: input.organization,
    state: 'open',
    changedBy: null,
    changedAt: null,
    history: [{ at: input.at, by: input.accountId, change: 'opened', from: null, to: 'open' }],
  };
}

/** The customer's reason and comment, added after the score. */
export function explainFollowUp(
  item: NpsFollowUp,
  reason: string | null,
  comment: string | null,
  at: string,
): NpsFollowUp {
  return {
    ...item,
    reason,
    comment,
    history: [...item.history, { at, by: item.accountId, change: 'explained', from: null, to: null }],
  };
}

/**
 * A team lead moves the follow-up on (or back). Setting the state it already has changes nothing
 * and says so, so two leads clicking at once leave one entry, not two.
 */
export function changeFollowUpState(
  item: NpsFollowUp,
  to: FollowUpState,
  by: string,
  at: string,
): { ok: true; item: NpsFollowUp } | { ok: false; message: string } {
  if (item.state === to) return { ok: false, message: `This follow-up is already ${to}.` };
  return {
    ok: true,
    item: {
      ...item,
      state: to,
      changedBy: by,
      changedAt: at,
      history: [...item.history, { at, by, change: 'state', from: item.state, to }],
    },
  };
}
