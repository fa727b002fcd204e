import { token } from '@atlaskit/tokens';
import type { PortalSurvey, SurveyAnswer } from '../../../src/contract/survey';
import { formatDateTime, type DisplayPrefs } from '../../shared/format';
import { SURVEY_SCALES, scoreOnScale } from '../../shared/scales';
import { text } from '../../shared/styles';

interface Props {
  answer: SurveyAnswer;
  messages: PortalSurvey['messages'];
  prefs: DisplayPrefs;
}

const term = { ...text.subtle, margin: 0 };
const detail = { margin: `0 0 ${token('space.100', '8px')}`, fontWeight: 600 };

/** The customer's stored answer, each score beside its question; the comment as plain text. */
export function AnswerSummary({ answer, messages, prefs }: Props) {
  return (
    <dl style={{ margin: 0 }}>
      {answer.ces !== null && (
        <>
          <dt style={term}>{messages.cesQuestion}</dt>
          <dd style={detail}>{scoreOnScale(answer.ces, SURVEY_SCALES.ces)}</dd>
        </>
      )}
      {answer.csat !== null && (
        <>
          <dt style={term}>{messages.csatQuestion}</dt>
          <dd style={detail}>{scoreOnScale(answer.csat, SURVEY_SCALES.csat)}</dd>
        </>
      )}
      {answer.comment && (
        <>
          <dt style={term}>{messages.commentPrompt}</dt>
          <dd style={{ ...detail, fontWeight: 400, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {answer.comment}
          </dd>
        </>
      )}
      <dd style={{ ...text.subtlest, margin: 0 }}>
        <time dateTime={answer.answeredAt}>{formatDateTime(answer.answeredAt, prefs)}</time>
      </dd>
    </dl>
  );
}
