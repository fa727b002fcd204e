import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { AgentTicketResult } from '../../../src/contract/survey';
import { EmptyState } from '../../shared/components/EmptyState';
import type { DisplayPrefs } from '../../shared/format';
import { AnswerDetails } from './AnswerDetails';
import { FollowUpMarker } from './FollowUpMarker';
import { RecentAnswers } from './RecentAnswers';
import { StatusHeader } from './StatusHeader';
import { Timeline } from './Timeline';

interface Props {
  initial: AgentTicketResult;
  prefs: DisplayPrefs;
}

/** Everything the agent needs about the ticket's survey, most telling first: state, answer, follow-up. */
export function TicketResult({ initial, prefs }: Props) {
  const [result, setResult] = useState(initial);
  const { survey, answer, followUp } = result;
  if (!survey) {
    return <EmptyState title="Not resolved yet">The survey starts when the request is resolved.</EmptyState>;
  }
  return (
    <div style={{ display: 'grid', gap: token('space.200', '16px') }}>
      <StatusHeader survey={survey} prefs={prefs} />
      {followUp && <FollowUpMarker followUp={followUp} prefs={prefs} onDone={setResult} />}
      {answer && <AnswerDetails answer={answer} scales={result.scales} prefs={prefs} />}
      <Timeline survey={survey} prefs={prefs} />
      {result.customerHabit && <p style={{ margin: 0 }}>{habitText(result.customerHabit)}</p>}
      {(answer || result.customerRecent.length > 0) && (
        <RecentAnswers
          issueKey={result.issueKey}
          recent={result.customerRecent}
          scales={result.scales}
          prefs={prefs}
        />
      )}
    </div>
  );
}

/** Whether this customer usually answers, in words; not answering is never shown as a score. */
export function habitText({ surveys, answered }: { surveys: number; answered: number }): string {
  const usually =
    answered * 2 > surveys ? 'usually answers' : answered === 0 ? 'has not answered' : 'rarely answers';
  return `This customer ${usually}: ${answered} of their last ${surveys} ${surveys === 1 ? 'survey' : 'surveys'} answered.`;
}
