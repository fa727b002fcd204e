import { SCALES } from '../../domain/records/survey-kind';
import type { SurveySettings } from '../../domain/settings/survey-settings';
import { parseCustomerResponse } from '../../domain/survey/customer-response';
import { readAnswerToken, type AnswerClaim, type TokenRefusal } from '../../domain/survey/answer-token';
import type { Survey } from '../../domain/survey/survey';
import { answerOf, type StoredAnswer, type TicketState } from '../../domain/ticket/ticket-state';
import { AppError } from '../errors';
import type { AnswerLinkKeys } from '../ports/answer-link-keys';
import type { RollupQueue } from '../ports/rollup-queue';
import type { ServiceDesk } from '../ports/service-desk';
import type { TicketStore } from '../ports/ticket-store';
import type { TicketWithSettings } from '../ports/ticket-with-settings';
import { recordAnswer } from './record-answer';

export type LinkQuestion = 'ces' | 'csat';

/** What the answer page shows. Every outcome is a page of its own; none is an error trace. */
export type AnswerPageModel =
  | {
      kind: 'ask';
      locale: string;
      token: string;
      first: LinkQuestion;
      /** The score the link stands for, or the one sent back with a problem. */
      score: number;
      second: number | null;
      comment: string;
      /** What was wrong with what the page sent, in plain words. */
      problems: string[];
    }
  | { kind: 'thanks'; locale: string; answer: StoredAnswer }
  | { kind: 'used'; locale: string; answer: StoredAnswer | null }
  | { kind: 'expired' | 'cancelled' | 'closed'; locale: string | null }
  /** Cut or altered (`tampered`, `malformed`), or naming no survey of this site (`foreign`). */
  | { kind: 'invalid'; locale: string | null; reason: TokenRefusal | 'foreign' }
  | { kind: 'replaced'; locale: string | null }
  /** Storage or Jira failed: nothing was stored, the customer may try again. */
  | { kind: 'unavailable'; locale: string | null };

export interface AnswerLinkUseDeps {
  keys: AnswerLinkKeys;
  /** The ticket is first read with the settings (`loadWithSettings`), in one request. */
  tickets: TicketStore & TicketWithSettings;
  desk: ServiceDesk;
  rollups: RollupQueue;
  now: () => Date;
}

type Checked =
  | { ok: true; claim: AnswerClaim; ticket: TicketState; survey: Survey; settings: SurveySettings }
  | { ok: false; page: AnswerPageModel };

/** Reads the token and finds its survey; what a GET and a POST both check first. */
async function check(deps: AnswerLinkUseDeps, token: string): Promise<Checked> {
  const key = await deps.keys.existing();
  if (!key) return { ok: false, page: { kind: 'invalid', locale: null, reason: 'tampered' } };
  const reading = readAnswerToken(token, key, deps.now());
  if (!reading.ok) {
    const page: AnswerPageModel =
      reading.reason === 'replaced'
        ? { kind: 'replaced', locale: null }
        : reading.reason === 'expired'
          ? { kind: 'expired', locale: null }
          : { kind: 'invalid', locale: null, reason: reading.reason };
    return { ok: false, page };
  }
  const claim = reading.claim;
  const { ticket, settings } = await deps.tickets.loadWithSettings(claim.t);
  const survey = ticket.value?.surveys.find((candidate) => candidate.cycle === claim.c) ?? null;
  if (!ticket.value || !survey) {
    return { ok: false, page: { kind: 'invalid', locale: claim.l, reason: 'foreign' } };
  }
  const closed = closedPage(ticket.value, survey, claim.l, deps.now());
  return closed ? { ok: false, page: closed } : { ok: true, claim, ticket: ticket.value, survey, settings };
}

function closedPage(ticket: TicketState, survey: Survey, locale: string, now: Date): AnswerPageModel | null {
  switch (survey.state) {
    case 'answered':
      return { kind: 'used', locale, answer: answerOf(ticket, survey.id) };
    case 'expired':
      return { kind: 'expired', locale };
    case 'cancelled':
      return { kind: 'cancelled', locale };
    case 'skipped':
    case 'failed':
      return { kind: 'closed', locale };
    default:
      if (survey.expiresAt !== null && now.getTime() >= Date.parse(survey.expiresAt))
        return { kind: 'expired', locale };
      return survey.reporter === null ? { kind: 'closed', locale } : null;
  }
}

/**
 * The page a link opens (GET). It only reads: mail scanners open every link of a message, so
 * opening a link never records anything; the customer's press of the button does (`answerByLink`).
 */
export async function openAnswerLink(deps: AnswerLinkUseDeps, token: string): Promise<AnswerPageModel> {
  const checked = await check(deps, token);
  if (!checked.ok) return checked.page;
  const { claim } = checked;
  return {
    kind: 'ask',
    locale: claim.l,
    token,
    first: claim.q,
    score: claim.s,
    second: null,
    comment: '',
    problems: [],
  };
}

/** The page's form as sent: text fields, each possibly missing or repeated. */
export type AnswerForm = Record<string, string[]>;

/**
 * Records the answer sent from the page (POST), through the same rules as the portal
 * (`recordAnswer`): the first answer stands, whichever path it came by. The customer may change
 * the score on the page before sending; the token says which survey is answered and by whom (its
 * reporter, to whom the invitation was written). A problem with what was sent shows the page again
 * with the problem named and nothing stored.
 */
export async function answerByLink(
  deps: AnswerLinkUseDeps,
  token: string,
  form: AnswerForm,
): Promise<AnswerPageModel> {
  const checked = await check(deps, token);
  if (!checked.ok) return checked.page;
  const { claim, ticket, survey, settings } = checked;
  const second: LinkQuestion = claim.q === 'ces' ? 'csat' : 'ces';
  const firstScore = whole(form.first);
  const secondScore = whole(form.second);
  const comment = form.comment?.[0] ?? '';
  // A field sent but not a whole number goes to the schema as sent, so its error names it.
  const sent = (values: string[] | undefined, score: number | null) =>
    score ?? (values && values.length > 0 && values.join('') !== '' ? values.join(',') : undefined);
  const parsed = parseCustomerResponse({
    [claim.q]: sent(form.first, firstScore) ?? claim.s,
    ...(sent(form.second, secondScore) !== undefined ? { [second]: sent(form.second, secondScore) } : {}),
    ...(comment !== '' ? { comment } : {}),
  });
  const again = (problems: string[]): AnswerPageModel => ({
    kind: 'ask',
    locale: claim.l,
    token,
    first: claim.q,
    score: inScale(firstScore, claim.q) ?? claim.s,
    second: inScale(secondScore, second),
    comment: comment.slice(0, 2000),
    problems,
  });
  if (!parsed.ok) return again(parsed.errors.map((error) => error.message));
  try {
    const saved = await recordAnswer(deps, settings, {
      issueId: ticket.issueId,
      requestKey: ticket.issueKey,
      respondent: survey.reporter!,
      response: parsed.response,
      via: 'link',
      pick: (stored) => stored.surveys.find((candidate) => candidate.id === survey.id) ?? null,
    });
    return { kind: 'thanks', locale: claim.l, answer: saved.stored };
  } catch (error) {
    // Answered, expired or withdrawn between the check and the commit: the page says which.
    if (error instanceof AppError && (error.code === 'CONFLICT' || error.code === 'SURVEY_CLOSED')) {
      const again = await check(deps, token);
      if (!again.ok) return again.page;
    }
    throw error;
  }
}

/** A whole number as a form sends it, or `null`: "5" reads, "5.5", "", "x" and two values do not. */
function whole(values: string[] | undefined): number | null {
  if (!values || values.length !== 1) return null;
  return /^\d{1,2}$/.test(values[0]!) ? Number(values[0]) : null;
}

function inScale(score: number | null, question: LinkQuestion): number | null {
  return score !== null && score >= SCALES[question].min && score <= SCALES[question].max ? score : null;
}
