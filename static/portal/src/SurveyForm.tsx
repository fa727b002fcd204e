import { token } from '@atlaskit/tokens';
import { useReducer, useState, type FormEvent } from 'react';
import type { ResolverError } from '../../../src/contract/envelope';
import type { PortalSurvey } from '../../../src/contract/survey';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { fieldMessagesOf, unclaimedMessages } from '../../shared/field-messages';
import { resolvers } from '../../shared/resolvers';
import { SURVEY_SCALES } from '../../shared/scales';
import { portalWords } from '../../../src/domain/i18n/portal-words';
import { CommentField } from './CommentField';
import { refusalTitle, refusalWords, retryCanHelp } from './failure-words';
import { ScaleQuestion } from './ScaleQuestion';
import { canSubmit, surveyDraftReducer, EMPTY_DRAFT, toAnswerInput, type Question } from './survey-draft';

interface Props {
  survey: PortalSurvey;
  /** The survey as the backend has it after a successful submission. */
  onAnswered: (survey: PortalSurvey) => void;
  /** The survey can no longer take this answer (answered elsewhere, expired, withdrawn). */
  onRejected: (error: ResolverError) => void;
}

const FORM_FIELDS = new Set(['ces', 'csat', 'comment']);

/** The open survey: two rating questions, an optional comment, and the submit button. */
export function SurveyForm({ survey, onAnswered, onRejected }: Props) {
  const { messages } = survey;
  const words = portalWords(survey.locale);
  const [draft, dispatch] = useReducer(surveyDraftReducer, EMPTY_DRAFT);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const errors = fieldMessagesOf(failure);
  const unclaimed = unclaimedMessages(errors, (field) => FORM_FIELDS.has(field));

  const rate = (question: Question) => (score: number) => dispatch({ type: 'rate', question, score });

  const send = async () => {
    if (!canSubmit(draft) || pending) return;
    setPending(true);
    setFailure(null);
    const result = await resolvers.submitSurvey(toAnswerInput(draft));
    setPending(false);
    if (result.ok) onAnswered(result.data);
    else if (result.error.code === 'CONFLICT' || result.error.code === 'SURVEY_CLOSED')
      onRejected(result.error);
    else setFailure(result.error);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };

  return (
    <form
      onSubmit={onSubmit}
      aria-busy={pending || undefined}
      noValidate
      style={{ display: 'flex', flexDirection: 'column', gap: token('space.250', '20px') }}
    >
      <ScaleQuestion
        name="ces"
        question={messages.cesQuestion}
        lowLabel={messages.cesLowLabel}
        highLabel={messages.cesHighLabel}
        scale={SURVEY_SCALES.ces}
        value={draft.ces}
        onChange={rate('ces')}
        errors={errors.get('ces')}
        disabled={pending}
      />
      <ScaleQuestion
        name="csat"
        question={messages.csatQuestion}
        lowLabel={messages.csatLowLabel}
        highLabel={messages.csatHighLabel}
        scale={SURVEY_SCALES.csat}
        value={draft.csat}
        onChange={rate('csat')}
        errors={errors.get('csat')}
        disabled={pending}
      />
      <CommentField
        prompt={messages.commentPrompt}
        value={draft.comment}
        maxLength={survey.commentMaxLength}
        onChange={(text) => dispatch({ type: 'comment', text })}
        errors={errors.get('comment')}
        disabled={pending}
        locale={survey.locale}
      />
      {failure && (errors.size === 0 || unclaimed.length > 0) && (
        <ErrorMessage
          title={refusalTitle(failure, words, words.sendFailed)}
          error={
            unclaimed.length > 0
              ? { ...failure, message: unclaimed.join(' ') }
              : { ...failure, message: refusalWords(failure, words) }
          }
          onRetry={retryCanHelp(failure) ? () => void send() : undefined}
          retryLabel={words.tryAgain}
        />
      )}
      {failure && errors.size > 0 && unclaimed.length === 0 && (
        <p role="alert" className="cx-visually-hidden">
          {failure.message}
        </p>
      )}
      <div>
        <button
          type="submit"
          className="cx-button cx-button--primary"
          disabled={!canSubmit(draft) || pending}
        >
          {messages.submit}
        </button>
      </div>
    </form>
  );
}
