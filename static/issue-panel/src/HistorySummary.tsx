import type { ResolutionEvent } from '../../../src/domain/resolution/events';
import { plural } from '../../shared/format';
import { heading, text } from '../../shared/styles';

interface Props {
  issueKey: string;
  events: ResolutionEvent[];
}

export function HistorySummary({ issueKey, events }: Props) {
  const resolved = events.filter((event) => event.kind === 'resolved').length;
  const reopened = events.length - resolved;
  return (
    <>
      <h2 id="cx-history-heading" style={heading}>
        Resolution history of {issueKey}
      </h2>
      <p style={{ ...text.subtle, margin: '0 0 8px' }}>
        Resolved {plural(resolved, 'time', 'times')}, reopened {plural(reopened, 'time', 'times')}.
      </p>
    </>
  );
}
