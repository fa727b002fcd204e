import { useCallback, useEffect, useState } from 'react';
import type { ResolverError } from '../../../src/contract/envelope';
import type { AnswerLinkKeyStatus } from '../../../src/contract/survey';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { LiveStatus } from '../../shared/components/LiveStatus';
import { resolvers } from '../../shared/resolvers';
import { SettingsSection } from './SettingsSection';

/** The key's state in words; the key itself never leaves the app's secret storage. */
export function answerLinkKeyText(status: AnswerLinkKeyStatus, locale?: string): string {
  if (status.version === null || status.createdAt === null)
    return 'No link has been signed yet: the key is made with the first invitation.';
  const made = new Date(status.createdAt).toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' });
  return `Key ${status.version}, in use since ${made}.`;
}

/**
 * The signing key of the invitation's one-click score links. Replacing it makes every link sent
 * before open a page saying the link was replaced (the portal still takes the answer), so a
 * leaked email cannot be used to answer.
 */
export function AnswerLinksSection({ locale }: { locale: string | undefined }) {
  const [status, setStatus] = useState<AnswerLinkKeyStatus | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  const refresh = useCallback(async () => {
    const answer = await resolvers.getAnswerLinkKey();
    if (answer.ok) setStatus(answer.data);
    else setError(answer.error);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const rotate = async () => {
    setPending(true);
    setError(null);
    const answer = await resolvers.rotateAnswerLinkKey();
    setPending(false);
    setConfirming(false);
    if (answer.ok) {
      setStatus(answer.data);
      setDone(true);
    } else setError(answer.error);
  };

  return (
    <SettingsSection
      id="cx-answer-links"
      title="One-click answer links"
      description="Invitations and reminders carry one link per score, signed with this site's key. Replace the key if an invitation email reached the wrong people: every link sent before stops working, and its customers can still answer in the portal."
    >
      <LiveStatus>
        {status && answerLinkKeyText(status, locale)}
        {done && ' Links sent before no longer answer.'}
      </LiveStatus>
      {!confirming ? (
        <div>
          <button type="button" className="cx-button" onClick={() => setConfirming(true)} disabled={pending}>
            Replace the signing key…
          </button>
        </div>
      ) : (
        <div role="group" aria-label="Confirm replacing the signing key">
          <p>Every one-click link already sent will stop working. Replace the key?</p>
          <button type="button" className="cx-button" onClick={() => void rotate()} disabled={pending}>
            {pending ? 'Replacing…' : 'Replace the key'}
          </button>{' '}
          <button type="button" className="cx-button" onClick={() => setConfirming(false)} disabled={pending}>
            Cancel
          </button>
        </div>
      )}
      {error && <ErrorMessage error={error} title="The signing key could not be read or replaced" />}
    </SettingsSection>
  );
}
