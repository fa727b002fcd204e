import { token } from '@atlaskit/tokens';
import type { AgentSurvey } from '../../../src/contract/survey';
import { formatDateTime, type DisplayPrefs } from '../../shared/format';
import { heading, text } from '../../shared/styles';
import { timelineRows } from './survey-labels';

interface Props {
  survey: AgentSurvey;
  prefs: DisplayPrefs;
}

const dot = (upcoming: boolean) => ({
  width: 8,
  height: 8,
  borderRadius: '50%',
  flex: 'none',
  marginTop: 6,
  boxSizing: 'border-box' as const,
  border: `2px solid ${token('color.border.bold', '#758195')}`,
  background: upcoming ? 'transparent' : token('color.border.bold', '#758195'),
});

/** What happened to the survey and what is still to come, times in the viewer's zone. */
export function Timeline({ survey, prefs }: Props) {
  const rows = timelineRows(survey);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="cx-timeline-heading">
      <h3 id="cx-timeline-heading" style={heading}>
        Timeline
      </h3>
      <ol
        style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.075', '6px') }}
      >
        {rows.map((row) => (
          <li key={row.key} style={{ display: 'flex', gap: token('space.100', '8px') }}>
            <span aria-hidden="true" style={dot(row.upcoming)} />
            <div style={{ minWidth: 0 }}>
              <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: token('space.100', '8px') }}>
                <span style={row.upcoming ? text.subtle : { ...text.body, fontWeight: 500 }}>
                  {row.label}
                </span>
                <time dateTime={row.at} style={text.subtlest}>
                  {formatDateTime(row.at, prefs)}
                </time>
              </div>
              {row.detail && <p style={{ ...text.subtle, margin: 0 }}>{row.detail}</p>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
