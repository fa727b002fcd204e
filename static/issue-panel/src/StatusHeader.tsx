import { token } from '@atlaskit/tokens';
import type { AgentSurvey } from '../../../src/contract/survey';
import { formatDateTime, type DisplayPrefs } from '../../shared/format';
import { lozenge, text } from '../../shared/styles';
import { STATE_LOZENGE } from './survey-labels';

interface Props {
  survey: AgentSurvey;
  prefs: DisplayPrefs;
}

/** The survey's state as a lozenge, with the resolution it belongs to. */
export function StatusHeader({ survey, prefs }: Props) {
  const { label, tone } = STATE_LOZENGE[survey.state];
  return (
    <div
      style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: token('space.100', '8px') }}
    >
      <span style={lozenge(tone)}>
        <span className="cx-visually-hidden">Survey: </span>
        {label}
      </span>
      <span style={text.subtle}>
        Resolved <time dateTime={survey.resolvedAt}>{formatDateTime(survey.resolvedAt, prefs)}</time>
        {survey.cycle > 1 && ` · resolution ${survey.cycle}`}
      </span>
    </div>
  );
}
