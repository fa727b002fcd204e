import type { AnswerLinkKeyStatus } from '../../contract/survey';
import type { AnswerLinkKeys } from '../ports/answer-link-keys';
import type { ServiceDesk } from '../ports/service-desk';
import { requireJiraAdmin } from '../require-jira-admin';

interface Deps {
  desk: ServiceDesk;
  answerLinks: { keys: AnswerLinkKeys };
}

/** The signing key of one-click links as the admin page shows it: its version and age, never the key. */
export async function readAnswerLinkKey(deps: Deps): Promise<AnswerLinkKeyStatus> {
  await requireJiraAdmin(deps.desk, 'see the signing key of answer links');
  const status = await deps.answerLinks.keys.status();
  return { version: status?.version ?? null, createdAt: status?.createdAt ?? null };
}

/**
 * Replaces the signing key (after a link leaked, or as routine): every link sent before no longer
 * answers and opens a page that says so and points to the portal, where the survey stays open.
 */
export async function rotateAnswerLinkKey(deps: Deps): Promise<AnswerLinkKeyStatus> {
  await requireJiraAdmin(deps.desk, 'replace the signing key of answer links');
  const rotated = await deps.answerLinks.keys.rotate();
  console.log(`Answer links: signing key replaced (version ${rotated.version}).`);
  return { version: rotated.version, createdAt: rotated.rotatedAt };
}
