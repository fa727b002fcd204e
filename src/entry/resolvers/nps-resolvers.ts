import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { KvsNpsStore } from '../../adapters/forge/kvs-nps-store';
import { changeNpsFollowUp, listNpsFollowUps } from '../../app/nps/nps-follow-ups';
import { answerNps, dismissNps, explainNps, readNpsPrompt } from '../../app/nps/nps-prompt';
import { AppError } from '../../app/errors';
import type { ResolverKey } from '../../contract/resolvers';
import { appDeps } from '../deps';
import { viewerOf } from './context';
import { respond } from './respond';

type Define = (
  key: ResolverKey,
  handler: (request: { context: unknown; payload: unknown }) => unknown,
) => void;

const npsDeps = () => ({
  ...appDeps(),
  nps: new KvsNpsStore(),
  newId: () => randomBytes(8).toString('hex'),
});

const accountTypeOf = z.object({ accountType: z.string() });

/**
 * The person answering, from the invocation context only. The portal modules may be shown to
 * anonymous visitors (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-subheader/,
 * "supports interaction with anonymous users"); the manifest lists only `customer` in
 * `unlicensedAccess`, and an anonymous call, which has no account, is refused here as well.
 */
function respondent(context: unknown): string {
  const type = accountTypeOf.safeParse(context);
  if (type.success && type.data.accountType === 'anonymous')
    throw new AppError('FORBIDDEN', 'Sign in to the portal to give feedback.');
  return viewerOf(context);
}

/** Team leads' calls: a signed-in Jira user; customers never see follow-ups. */
function teamLead(context: unknown): string {
  const type = accountTypeOf.safeParse(context);
  if (type.success && type.data.accountType !== 'licensed')
    throw new AppError('FORBIDDEN', 'Only Jira users can see NPS follow-ups.');
  return viewerOf(context);
}

/** The relationship survey's resolvers: the portal prompt and the follow-ups list. */
export function defineNpsResolvers(define: Define): void {
  define('getNpsPrompt', ({ context }) => respond(() => readNpsPrompt(npsDeps(), respondent(context))));
  define('answerNps', ({ context, payload }) =>
    respond(() => answerNps(npsDeps(), respondent(context), payload)),
  );
  define('explainNps', ({ context, payload }) =>
    respond(() => explainNps(npsDeps(), respondent(context), payload)),
  );
  define('dismissNps', ({ context, payload }) =>
    respond(() => dismissNps(npsDeps(), respondent(context), payload)),
  );
  define('getNpsFollowUps', ({ context }) =>
    respond(async () => {
      teamLead(context);
      return listNpsFollowUps(npsDeps());
    }),
  );
  define('changeNpsFollowUp', ({ context, payload }) =>
    respond(() => changeNpsFollowUp(npsDeps(), teamLead(context), payload)),
  );
}
