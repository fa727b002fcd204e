import { router } from '@forge/bridge';
import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import type { ResolverError } from '../../../src/contract/envelope';
import type { BreakdownRow, DrilldownRow } from '../../../src/contract/gadgets';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { LiveStatus } from '../../shared/components/LiveStatus';
import { Loading } from '../../shared/components/Loading';
import { formatDate, type DisplayPrefs } from '../../shared/format';
import { SURVEY_SCALES, scoreOnScale } from '../../shared/scales';
import { exportResponsesCsv, getDrilldown } from './api';
import { csvFilename, downloadCsv } from './csv-download';

interface Props {
  id: string;
  row: BreakdownRow;
  dimension: string;
  prefs: DisplayPrefs;
  onClose: () => void;
}

interface Pages {
  rows: DrilldownRow[];
  cursor: string | undefined;
  commentsHidden: boolean;
}

/** The responses behind one breakdown row, a page at a time, with the whole set as CSV. */
export function DrilldownView({ id, row, dimension, prefs, onClose }: Props) {
  const [pages, setPages] = useState<Pages | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ResolverError | null>(null);
  const [status, setStatus] = useState('');
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<ResolverError | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const load = useCallback(
    async (cursor: string | undefined) => {
      setLoading(true);
      setError(null);
      const answer = await getDrilldown(row.key, cursor);
      if (!live.current) return;
      setLoading(false);
      if (!answer.ok) {
        setError(answer.error);
        return;
      }
      setPages((previous) => {
        const rows = cursor && previous ? [...previous.rows, ...answer.data.rows] : answer.data.rows;
        return { rows, cursor: answer.data.cursor, commentsHidden: answer.data.commentsHidden };
      });
      setStatus(
        `${answer.data.rows.length} ${answer.data.rows.length === 1 ? 'response' : 'responses'} loaded` +
          (answer.data.cursor ? '; more are available.' : '.'),
      );
    },
    [row.key],
  );

  useEffect(() => {
    void load(undefined);
    headingRef.current?.focus();
  }, [load]);

  // Never rejects: every failure becomes exportError, so callers may fire and forget.
  const onExport = async () => {
    setExporting(true);
    setExportError(null);
    setStatus('Preparing the CSV…');
    const answer = await exportResponsesCsv(row.key);
    if (!live.current) return;
    setExporting(false);
    if (!answer.ok) {
      setExportError(answer.error);
      setStatus('');
      return;
    }
    try {
      downloadCsv(answer.data.filename, answer.data.csv);
      setStatus(`Downloaded ${csvFilename(answer.data.filename)}.`);
    } catch (thrown) {
      setExportError({
        code: 'UNAVAILABLE',
        message: thrown instanceof Error ? thrown.message : 'The browser did not start the download.',
      });
      setStatus('');
    }
  };

  const headingId = `${id}-heading`;
  return (
    <section id={id} className="cxg-drill" aria-labelledby={headingId}>
      <div className="cxg-drill__head">
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className="cxg-title">
          Responses: {row.label} <span className="cxg-meta">({dimension.toLowerCase()})</span>
        </h3>
        <div className="cxg-drill__actions">
          <button type="button" className="cx-button" onClick={() => void onExport()} disabled={exporting}>
            {exporting ? 'Preparing CSV…' : 'Download CSV'}
          </button>
          <button type="button" className="cx-button cx-button--subtle" onClick={onClose}>
            Close<span className="cx-visually-hidden"> responses for {row.label}</span>
          </button>
        </div>
      </div>
      {exportError && (
        <ErrorMessage
          title="The CSV could not be downloaded"
          error={exportError}
          onRetry={() => void onExport()}
        />
      )}
      {pages?.commentsHidden && <p className="cxg-meta">Comments are visible to agents of the project.</p>}
      {pages && pages.rows.length === 0 && !loading && !error && (
        <p style={{ margin: 0 }}>No responses behind this row in the period.</p>
      )}
      {pages && pages.rows.length > 0 && (
        <ul className="cxg-responses" aria-label={`Responses for ${row.label}`}>
          {pages.rows.map((response, index) => (
            <Response
              key={`${response.ticketKey}-${response.answeredAt}-${index}`}
              response={response}
              commentsHidden={pages.commentsHidden}
              prefs={prefs}
            />
          ))}
        </ul>
      )}
      {loading && <Loading label={pages ? 'Loading more responses…' : 'Loading responses…'} />}
      {error && (
        <ErrorMessage
          title="The responses could not be loaded"
          error={error}
          onRetry={() => void load(pages?.cursor)}
        />
      )}
      {pages?.cursor && !loading && !error && (
        <div>
          <button type="button" className="cx-button" onClick={() => void load(pages.cursor)}>
            Load more
          </button>
        </div>
      )}
      <LiveStatus className="cx-visually-hidden">{status}</LiveStatus>
    </section>
  );
}

/** Opens the ticket in Jira (a new tab, so the dashboard stays); the link still works as a link. */
function openTicket(event: MouseEvent<HTMLAnchorElement>, issueKey: string) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  router
    .open({ target: 'issue', issueKey })
    .catch(() => router.open(`/browse/${encodeURIComponent(issueKey)}`));
}

function Response({
  response,
  commentsHidden,
  prefs,
}: {
  response: DrilldownRow;
  commentsHidden: boolean;
  prefs: DisplayPrefs;
}) {
  return (
    <li className="cxg-response">
      <div className="cxg-response__line">
        <a
          className="cxg-link"
          href={`/browse/${encodeURIComponent(response.ticketKey)}`}
          target="_blank"
          rel="noopener noreferrer"
          onClick={(event) => openTicket(event, response.ticketKey)}
        >
          {response.ticketKey}
        </a>
        <span className="cxg-meta">
          Answered <time dateTime={response.answeredAt}>{formatDate(response.answeredAt, prefs)}</time>
        </span>
        <span>CES {scoreOnScale(response.ces, SURVEY_SCALES.ces)}</span>
        <span>CSAT {scoreOnScale(response.csat, SURVEY_SCALES.csat)}</span>
      </div>
      {response.comment !== null ? (
        <p className="cxg-response__comment">{response.comment}</p>
      ) : (
        !commentsHidden && <p className="cxg-meta">No comment</p>
      )}
    </li>
  );
}
