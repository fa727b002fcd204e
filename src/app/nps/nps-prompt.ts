import type { NpsDone, NpsPrompt, NpsScored } from '../../contract/nps-survey';
import { NO_DIMENSIONS } from '../../domain/facts/dimensions';
import { parseNpsReason, parseNpsScore } from '../../domain/nps/nps-answer';
import { withFollowUpId, type NpsCycle } from '../../domain/nps/nps-cycle';
import { decideNpsPrompt } from '../../domain/nps/nps-eligibility';
import { npsFacts } from '../../domain/nps/nps-facts';
import { explainFollowUp, needsFollowUp, openFollowUp } from '../../domain/nps/nps-follow-up';
import { npsBandOf } from '../../domain/nps/nps-band';
import { DEFAULT_NPS_REASONS, npsReasonsFor, type NpsSettings } from '../../domain/nps/nps-settings';
import { npsWords, type NpsWords } from '../../domain/nps/nps-words';
import { emptyCustomer, lastSurveyedAt, type CustomerState } from '../../domain/ticket/customer-state';
import { AppError } from '../errors';
import type { RollupQueue } from '../ports/rollup-queue';
import type { ServiceDesk } from '../ports/service-desk';
import type { Versioned } from '../ports/ticket-store';
import { customerLocale } from '../survey/read-portal-survey';
import { conflict, done, untilCommitted } from '../survey/optimistic';
import type { NpsStore } from './ports';

export interface NpsDeps {
  nps: NpsStore;
  rollups: RollupQueue;
  desk: ServiceDesk;
  now: () => Date;
  /** A fresh opaque id (lower-case letters and digits) for a cycle or a follow-up. */
  newId: () => string;
}

const scheduleDays = async (deps: Pick<NpsDeps, 'rollups'>, facts: ReturnType<typeof npsFacts>) => {
  if (facts.length === 0) return;
  await deps.rollups
    .schedule(facts.map(({ projectKey, day }) => ({ projectKey, day })))
    .catch((error: unknown) =>
      console.warn('Rollup request failed; the scheduled catch-up will ask again:', error),
    );
};

/** The customer's words; a profile that cannot be read gets the default (English) wording. */
const wordsFor = async (deps: Pick<NpsDeps, 'desk'>, accountId: string): Promise<NpsWords> =>
  npsWords(await customerLocale(deps.desk, accountId).catch(() => null));

/**
 * Whether the signed-in person sees the NPS prompt on this portal page. The common case (asked
 * already, or nothing to ask) is one read; the first showing of a cycle opens it: the anchor's
 * segments are read and the cycle, with the prompt shown as an invitation, is committed, so two
 * tabs opening at once open one cycle. A "no" is recorded on the person's record when its reason
 * changed, as the CES/CSAT policy records a skipped survey.
 */
export async function readNpsPrompt(deps: NpsDeps, accountId: string): Promise<NpsPrompt> {
  const ask = await untilCommitted(
    async () => {
      const { settings, customer } = await deps.nps.loadForPrompt(accountId);
      const now = deps.now();
      const record = customer.value ?? emptyCustomer(accountId);
      const decision = decideNpsPrompt({
        settings: settings.nps,
        accountId,
        nps: record.nps,
        lastSurveyedAt: lastSurveyedAt(customer.value),
        now,
      });
      if (decision.kind === 'open') return done(true);
      if (decision.kind === 'skip') {
        // Someone the app never stored (no request resolved for them) gets no record for a "no".
        if (customer.value && record.nps.lastSkip?.reason !== decision.reason) {
          const committed = await deps.nps.commit({
            customer: {
              value: {
                ...record,
                nps: { ...record.nps, lastSkip: { reason: decision.reason, at: now.toISOString() } },
              },
              version: customer.version,
            },
            facts: [],
          });
          if (committed === 'conflict') return conflict;
        }
        return done(false);
      }
      const { customer: fresh, anchor } = await deps.nps.loadWithAnchor(accountId, decision.anchor.issueId);
      if (!fresh.value || fresh.version !== customer.version) return conflict;
      const cycle: NpsCycle = {
        id: deps.newId(),
        number: decision.number,
        shownAt: now.toISOString(),
        anchor: {
          issueId: decision.anchor.issueId,
          issueKey: decision.anchor.issueKey,
          projectKey: decision.anchor.projectKey,
          dimensions: anchor?.dimensions ?? NO_DIMENSIONS,
        },
        state: 'shown',
        endedAt: null,
        score: null,
        reason: null,
        comment: null,
        explained: false,
        followUpId: null,
      };
      const facts = npsFacts(cycle, settings.reportingTimeZone);
      const committed = await deps.nps.commit({
        customer: {
          value: {
            ...fresh.value,
            nps: { ...fresh.value.nps, cycles: cycle.number, current: cycle, lastSkip: null },
          },
          version: fresh.version,
        },
        facts,
      });
      if (committed === 'conflict') return conflict;
      await scheduleDays(deps, facts);
      return done(true);
    },
    undefined,
    'Your feedback record',
  );
  if (!ask) return { ask: false };
  // The profile is read only when the question shows, so the common case stays one read.
  const words = await wordsFor(deps, accountId);
  return {
    ask: true,
    question: words.question,
    lowLabel: words.lowLabel,
    highLabel: words.highLabel,
    dismissLabel: words.dismiss,
  };
}

/** The person's open cycle, or why there is nothing to answer. */
function openCycle(
  customer: Versioned<CustomerState | null>,
  settings: NpsSettings,
  now: Date,
  words: NpsWords,
): NpsCycle {
  const cycle = customer.value?.nps.current;
  const fresh = cycle && now.getTime() - Date.parse(cycle.shownAt) < settings.intervalDays * 86_400_000;
  if (!cycle || !fresh) throw new AppError('SURVEY_CLOSED', words.nothingToAnswer);
  if (cycle.state !== 'shown') throw new AppError('CONFLICT', words.alreadyAnswered);
  return cycle;
}

/**
 * The one click: stores the score of the person's open cycle, once. Two tabs or a retry commit
 * against the same customer version, so exactly one answer stands; the other is told it was
 * already answered. A detractor (and, if set, a passive) opens a follow-up in the same
 * transaction. The answer is for the caller's own account only: there is no field to name
 * anyone else, and unknown fields are refused.
 */
export async function answerNps(deps: NpsDeps, accountId: string, payload: unknown): Promise<NpsScored> {
  const parsed = parseNpsScore(payload);
  if (!parsed.ok)
    throw new AppError('INVALID_INPUT', parsed.errors.map((e) => e.message).join(' '), parsed.errors);
  const score = parsed.value;
  const band = npsBandOf(score);
  // Its refusals are shown too, so the customer's language is known before the answer is stored.
  const locale = await customerLocale(deps.desk, accountId).catch(() => null);
  const words = npsWords(locale);
  const saved = await untilCommitted(
    async () => {
      const { settings, customer } = await deps.nps.loadForPrompt(accountId);
      const now = deps.now();
      const cycle = openCycle(customer, settings.nps, now, words);
      const at = now.toISOString();
      const followUp = needsFollowUp(band, settings.nps.followUpPassives)
        ? openFollowUp({
            id: deps.newId(),
            accountId,
            at,
            score,
            band,
            projectKey: cycle.anchor.projectKey,
            requestKey: cycle.anchor.issueKey,
            organization: cycle.anchor.dimensions.organization?.name ?? null,
          })
        : null;
      const answered: NpsCycle = {
        ...cycle,
        state: 'answered',
        endedAt: at,
        score,
        followUpId: followUp?.id ?? null,
      };
      const record = customer.value!;
      const nps = followUp ? withFollowUpId(record.nps, followUp.id) : record.nps;
      const facts = npsFacts(answered, settings.reportingTimeZone);
      const committed = await deps.nps.commit({
        customer: {
          value: {
            ...record,
            nps: { ...nps, current: answered, lastSkip: { reason: 'asked-this-cycle', at } },
          },
          version: customer.version,
        },
        facts,
        ...(followUp ? { followUp: { value: followUp, version: 0 } } : {}),
      });
      if (committed === 'conflict') return conflict;
      return done({ settings, facts, cycle: answered, followUp });
    },
    undefined,
    'Your feedback record',
  );
  await scheduleDays(deps, saved.facts);
  if (saved.followUp && saved.settings.nps.internalComment) {
    await deps.desk
      .addComment(
        saved.cycle.anchor.issueKey,
        `NPS detractor follow-up: the customer who raised this request scored ${score}/10. See the NPS follow-ups list.`,
        { public: false },
      )
      .catch((error: unknown) => console.warn('The NPS follow-up note was not posted:', error));
  }
  return {
    score,
    band,
    reasons: [...npsReasonsFor(saved.settings.nps, locale, band)],
    reasonPrompt: words.reasonPrompt,
    scoreLegend: words.scoreLegend.replace('{score}', String(score)),
    commentLabel: words.commentLabel,
    sendLabel: words.send,
  };
}

/** Every reason offered for a band in any language, and the defaults: what a reason may be. */
function knownReasons(settings: NpsSettings, band: ReturnType<typeof npsBandOf>): Set<string> {
  return new Set([
    ...DEFAULT_NPS_REASONS[band],
    ...Object.values(settings.reasons).flatMap((lists) => lists[band] ?? []),
  ]);
}

/** The optional reason and comment after the score, once per cycle; they reach the follow-up too. */
export async function explainNps(deps: NpsDeps, accountId: string, payload: unknown): Promise<NpsDone> {
  const parsed = parseNpsReason(payload);
  if (!parsed.ok)
    throw new AppError('INVALID_INPUT', parsed.errors.map((e) => e.message).join(' '), parsed.errors);
  const { reason, comment } = parsed.value;
  const words = await wordsFor(deps, accountId);
  const saved = await untilCommitted(
    async () => {
      const { settings, customer } = await deps.nps.loadForPrompt(accountId);
      const now = deps.now();
      const cycle = customer.value?.nps.current;
      if (!cycle || cycle.state !== 'answered' || cycle.score === null)
        throw new AppError('SURVEY_CLOSED', words.nothingToAnswer);
      if (cycle.explained) throw new AppError('CONFLICT', words.alreadyExplained);
      const band = npsBandOf(cycle.score);
      if (reason !== undefined && !knownReasons(settings.nps, band).has(reason))
        throw new AppError('INVALID_INPUT', `"${reason}" is not one of the reasons offered.`, [
          { field: 'reason', message: `"${reason}" is not one of the reasons offered.` },
        ]);
      const explained: NpsCycle = {
        ...cycle,
        reason: reason ?? null,
        comment: comment ?? null,
        explained: true,
      };
      const stored = cycle.followUpId ? await deps.nps.loadFollowUp(cycle.followUpId) : null;
      const at = now.toISOString();
      const facts = npsFacts(explained, settings.reportingTimeZone, comment);
      const committed = await deps.nps.commit({
        customer: {
          value: { ...customer.value!, nps: { ...customer.value!.nps, current: explained } },
          version: customer.version,
        },
        // Only the answer's day changes: the comment rides on the response.
        facts: facts.filter((fact) => fact.records.some((record) => record.type === 'response')),
        ...(stored?.value
          ? {
              followUp: {
                value: explainFollowUp(stored.value, reason ?? null, comment ?? null, at),
                version: stored.version,
              },
            }
          : {}),
      });
      if (committed === 'conflict') return conflict;
      return done(facts);
    },
    undefined,
    'Your feedback record',
  );
  await scheduleDays(deps, saved);
  return { thanks: words.thanks };
}

/** "Not now": the cycle counts as asked (no new prompt until the next one) and as no answer. */
export async function dismissNps(deps: NpsDeps, accountId: string, payload: unknown): Promise<NpsDone> {
  if (
    payload !== undefined &&
    payload !== null &&
    (typeof payload !== 'object' || Object.keys(payload).length > 0)
  )
    throw new AppError('INVALID_INPUT', 'Dismissing takes no fields.', [
      { field: '', message: 'Dismissing takes no fields.' },
    ]);
  const words = await wordsFor(deps, accountId);
  await untilCommitted(
    async () => {
      const { settings, customer } = await deps.nps.loadForPrompt(accountId);
      const now = deps.now();
      const cycle = openCycle(customer, settings.nps, now, words);
      const at = now.toISOString();
      const committed = await deps.nps.commit({
        customer: {
          value: {
            ...customer.value!,
            nps: {
              ...customer.value!.nps,
              current: { ...cycle, state: 'dismissed', endedAt: at },
              lastSkip: { reason: 'asked-this-cycle', at },
            },
          },
          version: customer.version,
        },
        facts: [],
      });
      return committed === 'conflict' ? conflict : done(null);
    },
    undefined,
    'Your feedback record',
  );
  return { thanks: words.dismissed };
}
