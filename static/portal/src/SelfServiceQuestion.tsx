import { useEffect, useState } from 'react';
import type { SelfServicePrompt } from '../../../src/contract/self-service-prompt';
import { callResolver } from '../../shared/resolvers';

type Asked = Extract<SelfServicePrompt, { ask: true }>;

/**
 * "Did you find what you needed?" at the foot of the help center and portal pages: Yes, No, or
 * Close. Opening the page continues (or starts) the customer's self-service session; nothing
 * shows when the question was closed in this visit, for anonymous visitors, or on a failure.
 */
export function SelfServiceQuestion() {
  const [prompt, setPrompt] = useState<Asked | null>(null);
  const [thanks, setThanks] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void callResolver('openSelfService', {}).then((answer) => {
      if (answer.ok && answer.data.ask) setPrompt(answer.data);
    });
  }, []);

  const answer = async (choice: 'yes' | 'no' | 'dismiss') => {
    if (!prompt) return;
    setBusy(true);
    const result = await callResolver('answerSelfService', { sessionId: prompt.sessionId, answer: choice });
    setBusy(false);
    if (choice === 'dismiss' || !result.ok) setPrompt(null);
    else setThanks(result.data.thanks);
  };

  if (thanks !== null) return <p role="status">{thanks}</p>;
  if (!prompt) return null;
  return (
    <div
      role="group"
      aria-labelledby="cx-self-service-question"
      style={{ display: 'flex', gap: 8, alignItems: 'center' }}
    >
      <span id="cx-self-service-question">{prompt.question}</span>
      <button type="button" className="cx-button" disabled={busy} onClick={() => void answer('yes')}>
        {prompt.yes}
      </button>
      <button type="button" className="cx-button" disabled={busy} onClick={() => void answer('no')}>
        {prompt.no}
      </button>
      <button
        type="button"
        className="cx-button"
        disabled={busy}
        aria-label={prompt.dismiss}
        onClick={() => void answer('dismiss')}
      >
        ×
      </button>
    </div>
  );
}
