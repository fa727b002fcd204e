import { token } from '@atlaskit/tokens';
import type { ResolutionEvent } from '../../../src/domain/resolution/events';
import { formatDateTime, type DisplayPrefs } from '../../shared/format';
import { lozenge, text } from '../../shared/styles';

interface Props {
  event: ResolutionEvent;
  prefs: DisplayPrefs;
}

export function HistoryItem({ event, prefs }: Props) {
  const resolved = event.kind === 'resolved';
  return (
    <li
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'baseline',
        gap: token('space.100', '8px'),
        paddingBottom: token('space.100', '8px'),
        borderBottom: `1px solid ${token('color.border', '#091E4224')}`,
      }}
    >
      <span style={lozenge(resolved ? 'success' : 'information')}>{resolved ? 'Resolved' : 'Reopened'}</span>
      {resolved && event.resolution && <span style={text.body}>as {event.resolution}</span>}
      <time dateTime={event.at} style={{ ...text.subtle, marginLeft: 'auto' }}>
        {formatDateTime(event.at, prefs)}
      </time>
    </li>
  );
}
