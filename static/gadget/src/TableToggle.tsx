import { useId, useState, type ReactNode } from 'react';

/** A chart for sighted readers with a table anyone can switch to; the table replaces the chart. */
export function ChartOrTable({ chart, table }: { chart: ReactNode; table: ReactNode }) {
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  return (
    <>
      <div>
        <button
          type="button"
          className="cx-button cx-button--subtle"
          aria-pressed={showTable}
          aria-controls={id}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? 'Show as chart' : 'Show as table'}
        </button>
      </div>
      <div id={id}>{showTable ? <div className="cxg-scroll">{table}</div> : chart}</div>
    </>
  );
}
