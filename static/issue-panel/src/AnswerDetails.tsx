import { token } from '@atlaskit/tokens';
import type { AgentTicketResult } from '../../../src/contract/survey';
import { formatDateTime, type DisplayPrefs } from '../../shared/format';
import { scoreOnScale } from '../../shared/scales';
import { text } from '../../shared/styles';

type Answer = NonNullable<AgentTicketResult['answer']>;

interface Props {
  answer: Answer;
  scales: AgentTicketResult['scales'];
  prefs: DisplayPrefs;
}

const score = {
  margin: 0,
  font: token('font.heading.medium', 'normal 500 20px/24px ui-sans-serif, system-ui, sans-serif'),
  fontVariantNumeric: 'tabular-nums',
} as const;

/**
 * The scores with their scale, the comment exactly as typed (React escapes it, so markup stays
 * inert text; `pre-wrap` keeps the customer's line breaks), and who answered when.
 */
export function AnswerDetails({ answer, scales, prefs }: Props) {
  return (
    <section aria-label="Answer" style={{ display: 'grid', gap: token('space.100', '8px') }}>
      <dl style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.300', '24px'), margin: 0 }}>
        <div>
          <dt style={text.subtle}>CES</dt>
          <dd style={score} aria-label={answer.ces === null ? 'not answered' : undefined}>
            {scoreOnScale(answer.ces, scales.ces)}
          </dd>
        </div>
        <div>
          <dt style={text.subtle}>CSAT</dt>
          <dd style={score} aria-label={answer.csat === null ? 'not answered' : undefined}>
            {scoreOnScale(answer.csat, scales.csat)}
          </dd>
        </div>
      </dl>
      {answer.comment && (
        <blockquote
          style={{
            margin: 0,
            padding: `${token('space.075', '6px')} ${token('space.150', '12px')}`,
            borderLeft: `${token('border.width.selected', '2px')} solid ${token('color.border', '#091E4224')}`,
            background: token('color.background.neutral.subtle.hovered', '#091E420F'),
            borderRadius: token('radius.small', '3px'),
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
          }}
        >
          {answer.comment}
        </blockquote>
      )}
      <p style={{ ...text.subtle, margin: 0 }}>
        Answered by {answer.respondent.displayName} on{' '}
        <time dateTime={answer.answeredAt}>{formatDateTime(answer.answeredAt, prefs)}</time>
        {answer.via === 'link' ? ', with one click in the invitation email' : ', in the portal'}
        {answer.after === 'reminder' ? ', after the reminder' : ''}
      </p>
    </section>
  );
}
