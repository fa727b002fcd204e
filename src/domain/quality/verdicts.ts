import type { SurveyKind } from '../records/survey-kind';
import { percent } from '../stats/percent';
import type { QualityCounts } from './quality-counts';
import { emptyFieldJql, keysJql, dayRangeJql, type JqlField } from './quality-jql';

/** Every check data quality makes, in the order a page lists them. */
export const QUALITY_CHECKS = [
  'priority',
  'requestType',
  'team',
  'assignee',
  'publicReply',
  'firstResponse',
  'resolution',
  'responseRate',
  'resolvedBeforeCreated',
  'respondedBeforeCreated',
  'recoveredEvents',
] as const;
export type QualityCheck = (typeof QUALITY_CHECKS)[number];

/** `good`: the figures it feeds can be trusted; `fair`: read them with the gap in mind; `poor`: they are distorted. */
export type QualityLevel = 'good' | 'fair' | 'poor' | 'none';

export interface QualityVerdict {
  check: QualityCheck;
  level: QualityLevel;
  /** Tickets (or invitations) with the gap, out of `population`. */
  gap: number;
  population: number;
  /** 100 × gap / population, one decimal; `null` with no population. */
  share: number | null;
  /** The plain-language verdict: what the gap is, and which figures it distorts. */
  text: string;
  /** JQL that lists the tickets with the gap (all of them, or the first sampled keys), when any. */
  jql: string | null;
}

/** A gap below this share leaves the figures sound; from `POOR_FROM` on it distorts them. */
export const FAIR_FROM = 5;
export const POOR_FROM = 20;
/** Response rates: below `LOW_RESPONSE` % the answers may not speak for the customers. */
export const GOOD_RESPONSE = 30;
export const LOW_RESPONSE = 10;

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
const whole = (value: number) => `${Math.round(value)} %`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function levelOfGap(share: number | null): QualityLevel {
  if (share === null) return 'none';
  if (share < FAIR_FROM) return 'good';
  return share < POOR_FROM ? 'fair' : 'poor';
}

interface GapRule {
  check: QualityCheck;
  gap: (q: QualityCounts) => number;
  population: (q: QualityCounts) => number;
  /** The sentence after the share: what the gap does to which figures. */
  effect: string;
  /** The sentence when nothing is missing. */
  clean: string;
  subject: (share: string) => string;
  jql: (q: QualityCounts, projectKey: string, window: { from: string; to: string }) => string | null;
}

const fieldRule = (check: QualityCheck & JqlField, subject: string, effect: string): GapRule => ({
  check,
  gap: (q) => q.resolved - q.resolvedWith[check],
  population: (q) => q.resolved,
  subject: (share) => `${share} of resolved tickets have no ${subject}`,
  clean: `Every resolved ticket has a ${subject}.`,
  effect,
  jql: (q, projectKey, window) =>
    q.resolved - q.resolvedWith[check] === 0 ? null : emptyFieldJql(projectKey, window, check),
});

const GAP_RULES: readonly GapRule[] = [
  fieldRule('priority', 'priority', 'the priority breakdown groups them under None'),
  fieldRule('requestType', 'request type', 'a gadget filtered by request type leaves them out'),
  fieldRule('team', 'team', 'the team breakdown leaves them out'),
  fieldRule('assignee', 'assignee at resolution', 'the agent breakdown leaves them out'),
  {
    check: 'publicReply',
    gap: (q) => q.resolvedWithoutReply.n,
    population: (q) => q.resolved,
    subject: (share) => `${share} of resolved tickets got no public reply before their resolution`,
    effect:
      'FCR counts them as solved at first contact, and their customers are surveyed about a reply they never had',
    clean: 'Every resolved ticket got a public reply before its resolution.',
    jql: (q) => keysJql(q.resolvedWithoutReply.keys),
  },
  {
    check: 'firstResponse',
    gap: (q) => q.createdWithoutResponse.n,
    population: (q) => q.created,
    subject: (share) => `${share} of tickets created have no recorded first response`,
    effect: 'MTTA counts them as unacknowledged, not in its mean',
    clean: 'Every ticket created has a recorded first response.',
    jql: (q) => keysJql(q.createdWithoutResponse.keys),
  },
  {
    check: 'resolution',
    gap: (q) => q.created - q.createdResolved,
    population: (q) => q.created,
    subject: (share) => `${share} of tickets created are not resolved yet`,
    effect: 'FCR, TTV and AHT count them only once they are resolved',
    clean: 'Every ticket created is resolved.',
    jql: (q, projectKey, window) =>
      q.created === q.createdResolved
        ? null
        : `project = "${projectKey}" AND ${dayRangeJql('created', window.from, window.to)} AND resolution is EMPTY ORDER BY key ASC`,
  },
];

const CLOCK_RULES = [
  {
    check: 'resolvedBeforeCreated' as const,
    fault: 'resolved-before-created' as const,
    text: (n: number) =>
      `${plural(n, 'ticket was', 'tickets were')} resolved before they were created: FCR, TTV and AHT leave that resolution out`,
  },
  {
    check: 'respondedBeforeCreated' as const,
    fault: 'responded-before-created' as const,
    text: (n: number) =>
      `${plural(n, 'ticket has its', 'tickets have their')} first response before creation: MTTA leaves it out`,
  },
];

/**
 * The data-quality verdicts of one project over a window: for each check, the share of the
 * tickets (or invitations) it concerns that have the gap, a level, a sentence saying which
 * figures the gap distorts, and the JQL that lists the tickets so the desk can fix them.
 *
 * `surveys` are the invitations and responses of the figures' own bucket (the response rate);
 * `recovered` the resolutions whose event never arrived and that the hourly reconciliation
 * recorded, counted by month (the months the window touches).
 * Empty input: a project with no tickets in the window gets level `none` and "no tickets".
 */
export function qualityVerdicts(
  projectKey: string,
  window: { from: string; to: string },
  counts: QualityCounts,
  surveys: { survey: SurveyKind; invitations: number; responses: number },
  recovered = 0,
): QualityVerdict[] {
  const verdicts: QualityVerdict[] = GAP_RULES.map((rule) => {
    const gap = rule.gap(counts);
    const population = rule.population(counts);
    const share = round1(percent(gap, population));
    const text =
      share === null
        ? `No tickets in the period to check.`
        : gap === 0
          ? rule.clean
          : `${rule.subject(whole(share))}: ${rule.effect}.`;
    return {
      check: rule.check,
      level: levelOfGap(share),
      gap,
      population,
      share,
      text,
      jql: rule.jql(counts, projectKey, window),
    };
  });
  const { invitations, responses } = surveys;
  const rate = percent(responses, invitations);
  const missing = Math.max(0, invitations - responses);
  verdicts.push({
    check: 'responseRate',
    level: rate === null ? 'none' : rate >= GOOD_RESPONSE ? 'good' : rate >= LOW_RESPONSE ? 'fair' : 'poor',
    gap: missing,
    population: invitations,
    share: round1(percent(missing, invitations)),
    text:
      rate === null
        ? 'No surveys were sent in the period.'
        : `${responses} of ${plural(invitations, 'survey', 'surveys')} sent were answered (${whole(rate)}); ${whole(100 - rate)} did not answer, and the scores speak only for those who did${rate < GOOD_RESPONSE ? ': read CSAT and CES with their intervals' : ''}.`,
    jql: null,
  });
  for (const rule of CLOCK_RULES) {
    const { n, keys } = counts.clockFaults[rule.fault];
    verdicts.push({
      check: rule.check,
      level: counts.created === 0 ? 'none' : n === 0 ? 'good' : 'poor',
      gap: n,
      population: counts.created,
      share: round1(percent(n, counts.created)),
      text: n === 0 ? 'No contradictory clocks.' : `${rule.text(n)}.`,
      jql: keysJql(keys),
    });
  }
  verdicts.push({
    check: 'recoveredEvents',
    level: recovered === 0 ? (counts.resolved === 0 ? 'none' : 'good') : 'fair',
    gap: recovered,
    population: counts.resolved,
    share: round1(percent(recovered, counts.resolved)),
    text:
      recovered === 0
        ? 'Every resolution reached the app through its event.'
        : `${plural(recovered, 'resolution', 'resolutions')} in the months of the period reached the app only through the hourly reconciliation (Jira's event was lost): none is missing from the figures, but their surveys went out up to an hour late.`,
    jql: null,
  });
  const order = new Map(QUALITY_CHECKS.map((check, index) => [check, index]));
  return verdicts.sort((a, b) => order.get(a.check)! - order.get(b.check)!);
}
