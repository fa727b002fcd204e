import { useMemo } from 'react';
import type { ResolutionEvent } from '../../../src/domain/resolution/events';
import type { DisplayPrefs } from '../../shared/format';
import { stack } from '../../shared/styles';
import { HistoryItem } from './HistoryItem';

interface Props {
  events: ResolutionEvent[];
  prefs: DisplayPrefs;
}

/** Newest first: the current state of the ticket is what an agent looks for. */
export function HistoryList({ events, prefs }: Props) {
  const ordered = useMemo(() => [...events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)), [events]);
  return (
    <ol
      aria-labelledby="cx-history-heading"
      style={{ ...stack('space.100'), listStyle: 'none', margin: 0, padding: 0 }}
    >
      {ordered.map((event) => (
        <HistoryItem key={event.changelogId} event={event} prefs={prefs} />
      ))}
    </ol>
  );
}
