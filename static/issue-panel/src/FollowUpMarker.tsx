import { token } from '@atlaskit/tokens';
import { useEffect, useRef, useState } from 'react';
import type { ResolverError } from '../../../src/contract/envelope';
import type { AgentTicketResult, FollowUp } from '../../../src/contract/survey';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { LiveStatus } from '../../shared/components/LiveStatus';
import { formatDate, type DisplayPrefs } from '../../shared/format';
import { resolvers } from '../../shared/resolvers';
import { lozenge, text } from '../../shared/styles';

interface Props {
  followUp: FollowUp;
  prefs: DisplayPrefs;
  /** The ticket's result after the follow-up was recorded. */
  onDone: (result: AgentTicketResult) => void;
}

/** A low score's follow-up: the marker and its button, or who followed up and when. */
export function FollowUpMarker({ followUp, prefs, onDone }: Props) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [justDone, setJustDone] = useState(false);
  const doneLine = useRef<HTMLParagraphElement>(null);
  // The button the agent pressed is gone: keep their place on the line that replaced it.
  useEffect(() => {
    if (justDone) doneLine.current?.focus();
  }, [justDone]);

  const markDone = async () => {
    setPending(true);
    setFailure(null);
    const result = await resolvers.markFollowUpDone();
    setPending(false);
    if (result.ok) {
      setJustDone(true);
      onDone(result.data);
    } else setFailure(result.error);
  };

  const done = followUp.doneBy !== null || followUp.doneAt !== null;
  if (!done && !followUp.needed) return null;
  return (
    <LiveStatus>
      {done ? (
        <p ref={doneLine} tabIndex={-1} style={{ ...text.body, margin: 0 }}>
          <span style={lozenge('success')}>Followed up</span>{' '}
          <span style={text.subtle}>
            by {followUp.doneBy?.displayName ?? 'an agent'}
            {followUp.doneAt && (
              <>
                {' '}
                on <time dateTime={followUp.doneAt}>{formatDate(followUp.doneAt, prefs)}</time>
              </>
            )}
          </span>
        </p>
      ) : (
        <div
          style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: token('space.100', '8px') }}
        >
          <span style={lozenge('danger')}>Follow-up needed</span>
          <span style={text.subtle}>Low score: get in touch with the customer.</span>
          <button
            type="button"
            className="cx-button"
            onClick={() => void markDone()}
            disabled={pending}
            aria-busy={pending || undefined}
            style={{ marginLeft: 'auto' }}
          >
            {pending ? 'Saving…' : 'Mark as done'}
          </button>
        </div>
      )}
      {failure && (
        <div style={{ marginTop: token('space.100', '8px') }}>
          <ErrorMessage
            title="The follow-up could not be recorded"
            error={failure}
            onRetry={failure.code === 'UNAVAILABLE' ? () => void markDone() : undefined}
          />
        </div>
      )}
    </LiveStatus>
  );
}
