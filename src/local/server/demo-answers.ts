import { Random } from '../jsm/seed/prng';

/**
 * What the demo's customers answer to the app's survey invitations: a seeded plan, so the same
 * seed gives the same answers. It decides nothing about storage; `demo-history.ts` carries each
 * planned answer out through the portal's resolver, as a customer would.
 */

/** A survey invitation the app posted on a request, as its customer sees it (a public comment). */
export interface DemoInvitation {
  requestKey: string;
  reporterId: string;
  /** Participants may answer too; the app checks that on the server. */
  participantIds: string[];
  /** When the invitation comment was posted (ms since epoch). */
  invitedAt: number;
}

/** The portal's `submitSurvey` payload. */
export interface DemoAnswer {
  ces?: number;
  csat?: number;
  comment?: string;
}

export interface PlannedAnswer {
  requestKey: string;
  /** Who answers: the reporter, or now and then a participant. */
  accountId: string;
  /** When, in ms after the answering starts. */
  offsetMs: number;
  answer: DemoAnswer;
  /** In the portal, or with one click on a score link of the invitation email (reporters only). */
  via: 'portal' | 'link';
}

/** The shape of the plan: about two in three answer, most of them happy, within the hour. */
export const DEMO_ANSWER_PLAN = {
  /** Share of invited customers who answer. */
  answerRate: 0.68,
  /** Share of answers given by a participant instead of the reporter (when there is one). */
  participantShare: 0.15,
  /** Share of answers that skip the CES question. */
  csatOnlyShare: 0.04,
  /** Share of the reporters' answers given with a score link of the invitation email. */
  oneClickShare: 0.45,
  /** CSAT 1–5 and its weight. */
  csatWeights: [
    [5, 46],
    [4, 30],
    [3, 12],
    [2, 7],
    [1, 5],
  ] as const,
  /** The CES (1–7) an answer of that CSAT centres on; the spread is ±0.8 (normal). */
  cesCentre: { 1: 2, 2: 3, 3: 4.3, 4: 5.6, 5: 6.4 } as Record<number, number>,
  /** Chance of a comment, by how the customer felt. */
  commentChance: { low: 0.6, mixed: 0.35, happy: 0.2 },
  /**
   * Customers answer in bursts five minutes apart, most in the first ones; a burst lasts under
   * the rollup's 30 s debounce, so each burst costs one rebuild of the day's figures.
   */
  burstWeights: [10, 8, 6, 5, 4, 3, 2, 2, 1, 1],
  burstSpacingMs: 5 * 60_000,
  burstSpreadMs: 20_000,
} as const;

const COMMENTS = {
  low: [
    'Took far too long to get a reply.',
    'I had to explain the problem three times.',
    'Still not fully fixed, to be honest.',
    'Nobody told me what was going on for days.',
    'The fix works, but getting there was painful.',
  ],
  mixed: [
    'Fixed in the end, but it took a while.',
    'OK, though I had to chase it once.',
    'Solved, but the first answer did not help.',
    'Fine. A status update would have been nice.',
  ],
  happy: [
    'Quick and friendly, thanks!',
    'Sorted within the hour. Great job.',
    'Clear explanation, thank you.',
    'Very helpful, much appreciated.',
    'Exactly what I needed, thanks a lot.',
    'Fast fix, no fuss.',
  ],
} as const;

/** The answer stream's own seed, apart from the site generator's. */
const STREAM = 0x5eed_a115;

/**
 * Plans which invited customers answer, when, and what. Deterministic: invitations are taken in
 * time order (then by request key) and every draw comes from one seeded stream, so the plan
 * depends only on the seed and the invitations, never on the order they are passed in.
 */
export function planDemoAnswers(invitations: readonly DemoInvitation[], seed: number): PlannedAnswer[] {
  const random = new Random((seed ^ STREAM) >>> 0);
  const plan = DEMO_ANSWER_PLAN;
  const ordered = [...invitations].sort(
    (a, b) => a.invitedAt - b.invitedAt || a.requestKey.localeCompare(b.requestKey),
  );
  const planned: PlannedAnswer[] = [];
  for (const invitation of ordered) {
    if (!random.chance(plan.answerRate)) continue;
    const participant =
      invitation.participantIds.length > 0 && random.chance(plan.participantShare)
        ? random.pick(invitation.participantIds)
        : undefined;
    const csat = random.weighted(plan.csatWeights);
    const ces = Math.min(7, Math.max(1, Math.round((plan.cesCentre[csat] ?? 5) + 0.8 * random.normal())));
    const mood = csat <= 2 ? 'low' : csat === 3 ? 'mixed' : 'happy';
    const comment = random.chance(plan.commentChance[mood]) ? random.pick(COMMENTS[mood]) : undefined;
    const withCes = !random.chance(plan.csatOnlyShare);
    const burst = random.weighted(plan.burstWeights.map((weight, index) => [index, weight] as const));
    const offsetMs = burst * plan.burstSpacingMs + Math.floor(random.next() * plan.burstSpreadMs);
    // The links are the first question's (CES) scores, written to the reporter.
    const oneClick = participant === undefined && withCes && random.chance(plan.oneClickShare);
    planned.push({
      requestKey: invitation.requestKey,
      accountId: participant ?? invitation.reporterId,
      offsetMs,
      answer: { ...(withCes ? { ces } : {}), csat, ...(comment ? { comment } : {}) },
      via: oneClick ? 'link' : 'portal',
    });
  }
  return planned.sort((a, b) => a.offsetMs - b.offsetMs || a.requestKey.localeCompare(b.requestKey));
}

/** How long the answering takes at most: the last burst and its spread. */
export const DEMO_ANSWERING_MS =
  (DEMO_ANSWER_PLAN.burstWeights.length - 1) * DEMO_ANSWER_PLAN.burstSpacingMs +
  DEMO_ANSWER_PLAN.burstSpreadMs;
