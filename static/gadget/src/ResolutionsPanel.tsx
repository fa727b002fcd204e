import { useId, useMemo, useState } from 'react';
import type { ResolutionsPerDay } from '../../../src/contract/resolvers';
import { formatDay, plural, type DisplayPrefs } from '../../shared/format';
import { text } from '../../shared/styles';
import { ResolutionsChart } from './ResolutionsChart';
import { ResolutionsTable } from './ResolutionsTable';
import { summarize } from './summarize';

interface Props {
  data: ResolutionsPerDay;
  prefs: DisplayPrefs;
}

/** The chart for sighted readers, its summary as text, and a table anyone can switch to. */
export function ResolutionsPanel({ data, prefs }: Props) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const { total, peak } = useMemo(() => summarize(data.days), [data.days]);
  const summary =
    `${plural(total, 'request', 'requests')} resolved in ${data.projectKey} over the last ${data.days.length} days` +
    (peak ? `; busiest day ${formatDay(peak.date, prefs, 'long')} with ${peak.resolved}.` : '.');

  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ ...text.subtle, marginBottom: 8 }}>{summary}</figcaption>
      <ResolutionsChart days={data.days} prefs={prefs} label={summary} />
      <button
        type="button"
        className="cx-button cx-button--subtle"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? 'Hide table' : 'Show as table'}
      </button>
      <div id={tableId} hidden={!showTable}>
        {showTable && <ResolutionsTable data={data} prefs={prefs} />}
      </div>
    </figure>
  );
}
