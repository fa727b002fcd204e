import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { NpsPrompt as Prompt, NpsScored } from '../../../src/contract/nps-survey';
import type { ResolverError } from '../../../src/contract/envelope';
import { FieldMessageList } from '../../shared/components/FieldMessageList';
import { callResolver } from '../../shared/resolvers';

const SCORES = Array.from({ length: 11 }, (_, score) => score);

type Step =
  | { at: 'loading' }
  | { at: 'ask'; prompt: Extract<Prompt, { ask: true }> }
  | { at: 'explain'; scored: NpsScored }
  | { at: 'done'; message: string }
  | { at: 'hidden' };

/**
 * The relationship question under the portal page's title: one click on 0–10 stores the score,
 * then an optional reason (from the band's list) and comment, or "Not now". Arrow keys move along
 * the scale without answering; Enter or Space on a score answers. Nothing shows when the person is
 * not due, and a failure hides the prompt rather than cluttering every portal page.
 */
export function NpsQuestion() {
  const [step, setStep] = useState<Step>({ at: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const [reason, setReason] = useState<string>('');
  const [comment, setComment] = useState('');
  const [focused, setFocused] = useState(5);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const heading = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void callResolver('getNpsPrompt', {}).then((answer) =>
      setStep(answer.ok && answer.data.ask ? { at: 'ask', prompt: answer.data } : { at: 'hidden' }),
    );
  }, []);
  // Before paint, so focus never rests on the score button the new step removed: a keyboard user's
  // next Tab starts from the question, however soon it comes.
  useLayoutEffect(() => {
    if (step.at === 'explain' || step.at === 'done') heading.current?.focus();
  }, [step.at]);

  if (step.at === 'loading' || step.at === 'hidden') return null;

  const answer = async (score: number) => {
    setBusy(true);
    const scored = await callResolver('answerNps', { score });
    setBusy(false);
    if (scored.ok) {
      setError(null);
      setStep({ at: 'explain', scored: scored.data });
    } else setError(scored.error);
  };
  const dismiss = async () => {
    setBusy(true);
    const done = await callResolver('dismissNps', {});
    setBusy(false);
    if (done.ok) setStep({ at: 'done', message: done.data.thanks });
    else setError(done.error);
  };
  const explain = async () => {
    setBusy(true);
    const done = await callResolver('explainNps', {
      ...(reason ? { reason } : {}),
      ...(comment.trim() ? { comment } : {}),
    });
    setBusy(false);
    if (done.ok) setStep({ at: 'done', message: done.data.thanks });
    else setError(done.error);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, score: number) => {
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? Math.min(10, score + 1)
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? Math.max(0, score - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? 10
              : null;
    if (next === null) return;
    event.preventDefault();
    setFocused(next);
    buttons.current[next]?.focus();
  };
  const fieldErrors = (field: string) =>
    error?.fields?.filter((entry) => entry.field === field).map((entry) => entry.message);

  return (
    <section className="cx-nps" aria-labelledby="cx-nps-question">
      {step.at === 'ask' && (
        <>
          <p id="cx-nps-question" style={{ margin: 0, fontWeight: 600 }}>
            {step.prompt.question}
          </p>
          <div
            role="group"
            aria-labelledby="cx-nps-question"
            className="cx-scale"
            style={{ '--cx-scale-points': 11 } as CSSProperties}
          >
            {SCORES.map((score) => (
              <button
                key={score}
                ref={(element) => {
                  buttons.current[score] = element;
                }}
                type="button"
                className="cx-scale-option"
                tabIndex={score === focused ? 0 : -1}
                disabled={busy}
                aria-label={
                  score === 0
                    ? `0, ${step.prompt.lowLabel}`
                    : score === 10
                      ? `10, ${step.prompt.highLabel}`
                      : String(score)
                }
                onClick={() => void answer(score)}
                onKeyDown={(event) => onKeyDown(event, score)}
              >
                {score}
              </button>
            ))}
          </div>
          <div className="cx-scale-ends" aria-hidden="true">
            <span>{step.prompt.lowLabel}</span>
            <span>{step.prompt.highLabel}</span>
          </div>
          <div>
            <button
              type="button"
              className="cx-button cx-button--subtle"
              disabled={busy}
              onClick={() => void dismiss()}
            >
              {step.prompt.dismissLabel}
            </button>
          </div>
        </>
      )}
      {step.at === 'explain' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void explain();
          }}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        >
          <p id="cx-nps-question" ref={heading} tabIndex={-1} style={{ margin: 0, fontWeight: 600 }}>
            {step.scored.reasonPrompt}
          </p>
          <fieldset className="cx-nps-reasons" style={{ border: 0, margin: 0, padding: 0 }}>
            <legend className="cx-hint">{step.scored.scoreLegend}</legend>
            {step.scored.reasons.map((option) => (
              <label key={option} style={{ display: 'inline-flex', gap: 4, marginRight: 12 }}>
                <input
                  type="radio"
                  name="cx-nps-reason"
                  value={option}
                  checked={reason === option}
                  onChange={() => setReason(option)}
                />
                {option}
              </label>
            ))}
            <FieldMessageList id="cx-nps-reason-error" messages={fieldErrors('reason')} />
          </fieldset>
          <label htmlFor="cx-nps-comment">{step.scored.commentLabel}</label>
          <textarea
            id="cx-nps-comment"
            className="cx-input"
            rows={2}
            maxLength={2000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <FieldMessageList id="cx-nps-comment-error" messages={fieldErrors('comment')} />
          <div>
            <button type="submit" className="cx-button cx-button--primary" disabled={busy}>
              {step.scored.sendLabel}
            </button>
          </div>
        </form>
      )}
      {step.at === 'done' && (
        <p id="cx-nps-question" ref={heading} tabIndex={-1} role="status" style={{ margin: 0 }}>
          {step.message}
        </p>
      )}
      {error && !error.fields?.length && (
        <p role="alert" style={{ margin: 0 }}>
          {error.message}
        </p>
      )}
    </section>
  );
}
