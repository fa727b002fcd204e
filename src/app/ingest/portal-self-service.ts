import { createHash } from 'node:crypto';
import type { SelfServicePrompt } from '../../contract/self-service-prompt';
import { ingestFact, type IngestRecord } from '../../domain/ingest/ingest-facts';
import { selfServiceWords } from '../../domain/ingest/self-service-words';
import {
  hasEnded,
  selfServiceAnswerSchema,
  UNANSWERED_SESSIONS,
  type PortalSession,
} from '../../domain/ingest/portal-session';
import { AppError } from '../errors';
import type { RollupQueue } from '../ports/rollup-queue';
import type { ServiceDesk } from '../ports/service-desk';
import type { SettingsStore } from '../ports/settings-store';
import { customerLocale } from '../survey/read-portal-survey';
import { userKeyOf } from './ingest-records';
import type { IngestStore } from './ports';

/** The one open session per customer. */
export interface PortalSessions {
  get(accountId: string): Promise<PortalSession | null>;
  set(accountId: string, session: PortalSession): Promise<void>;
  delete(accountId: string): Promise<void>;
}

interface Deps {
  portalSessions: PortalSessions;
  store: Pick<IngestStore, 'write'>;
  settings: SettingsStore;
  rollups: RollupQueue;
  /** Where the customer's language is read, as the CES/CSAT panel reads it. */
  desk: ServiceDesk;
  newId: () => string;
  now: () => Date;
}

/** The customer's words; a profile that cannot be read gets the default (English) wording. */
const wordsFor = async (deps: Pick<Deps, 'desk'>, accountId: string) =>
  selfServiceWords(await customerLocale(deps.desk, accountId).catch(() => null));

/** Stores a finished session as a `selfservice` record, as the ingest endpoint would. */
async function record(deps: Deps, accountId: string, session: PortalSession, completed: boolean) {
  const timeZone = (await deps.settings.get()).reportingTimeZone;
  const sessionRecord: IngestRecord = {
    type: 'selfservice',
    user: accountId,
    startedAt: session.startedAt,
    completed,
  };
  const digest = createHash('sha256').update(`selfservice\nportal\n${session.id}`).digest('hex').slice(0, 40);
  const fact = ingestFact(sessionRecord, digest, timeZone, userKeyOf(accountId));
  await deps.store.write([fact], `portal${session.id}`);
  await deps.rollups
    .schedule([{ projectKey: fact.projectKey, day: fact.day }])
    .catch((error: unknown) => console.warn('Rollup request after a portal session failed:', error));
}

/**
 * A signed-in customer opened a page where they look for help: their session goes on, or a new
 * one starts (the one before, ended without an answer, counts as `UNANSWERED_SESSIONS` says).
 * Answers whether to ask the question, and the session it belongs to.
 */
export async function openSelfService(deps: Deps, accountId: string): Promise<SelfServicePrompt> {
  const now = deps.now().getTime();
  let session = await deps.portalSessions.get(accountId);
  if (session && hasEnded(session, now)) {
    if (UNANSWERED_SESSIONS === 'abandoned') await record(deps, accountId, session, false);
    session = null;
  }
  const current: PortalSession = session
    ? { ...session, lastSeenAt: now }
    : { id: deps.newId(), startedAt: now, lastSeenAt: now, dismissed: false };
  await deps.portalSessions.set(accountId, current);
  if (current.dismissed) return { ask: false };
  const { question, yes, no, dismiss } = await wordsFor(deps, accountId);
  return { ask: true, sessionId: current.id, question, yes, no, dismiss };
}

/** Yes: the session completed; No: abandoned; Close: not asked again, decided when it ends. */
export async function answerSelfService(
  deps: Deps,
  accountId: string,
  payload: unknown,
): Promise<{ thanks: string }> {
  const parsed = selfServiceAnswerSchema.safeParse(payload);
  if (!parsed.success) throw new AppError('INVALID_INPUT', 'The answer is not one of Yes, No or Close.');
  const session = await deps.portalSessions.get(accountId);
  if (!session || session.id !== parsed.data.sessionId || hasEnded(session, deps.now().getTime()))
    throw new AppError('CONFLICT', 'This visit has ended; the question is asked again on your next visit.');
  if (parsed.data.answer === 'dismiss') {
    await deps.portalSessions.set(accountId, { ...session, dismissed: true });
    return { thanks: '' };
  }
  await record(deps, accountId, session, parsed.data.answer === 'yes');
  await deps.portalSessions.delete(accountId);
  return { thanks: (await wordsFor(deps, accountId)).thanks };
}
