import { token } from '@atlaskit/tokens';
import { useEffect, useRef, useState } from 'react';
import type { RecordsExport } from '../../../src/contract/backfill';
import type { Envelope, ResolverError } from '../../../src/contract/envelope';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { LiveStatus } from '../../shared/components/LiveStatus';
import { downloadText } from '../../shared/download';
import { resolvers } from '../../shared/resolvers';
import { text } from '../../shared/styles';
import { collectExport, exportFilename, NDJSON_TYPE, recordsProgressText } from './records-export';
import { SettingsSection } from './SettingsSection';

type Progress =
  | { phase: 'idle' }
  | { phase: 'running'; records: number }
  | { phase: 'saved'; records: number; filename: string }
  | { phase: 'empty' }
  | { phase: 'failed'; error: ResolverError };

const STOPPED: Envelope<RecordsExport> = {
  ok: false,
  error: { code: 'UNAVAILABLE', message: 'The page was closed.' },
};

/** The records download: every stored record as one NDJSON file, for `cx-metrics report`. */
export function ExportSection({ locale }: { locale: string | undefined }) {
  const [progress, setProgress] = useState<Progress>({ phase: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const download = async () => {
    setProgress({ phase: 'running', records: 0 });
    const result = await collectExport(
      // Stop asking for parts once the page is gone.
      (cursor) => (mounted.current ? resolvers.exportRecords(cursor) : Promise.resolve(STOPPED)),
      (records) => mounted.current && setProgress({ phase: 'running', records }),
    );
    if (!mounted.current) return;
    if (!result.ok) {
      setProgress({ phase: 'failed', error: result.error });
      return;
    }
    if (result.ndjson === '') {
      setProgress({ phase: 'empty' });
      return;
    }
    const filename = exportFilename(new Date());
    downloadText(filename, result.ndjson, NDJSON_TYPE);
    setProgress({ phase: 'saved', records: result.records, filename });
  };

  const running = progress.phase === 'running';
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  return (
    <SettingsSection
      id="cx-export"
      title="Export data"
      description="Every record the app has stored — tickets, survey answers and imported ratings — as one file, one record per line."
    >
      <p style={{ ...text.body, margin: 0 }}>
        Use it with <code>npx cx-metrics report &lt;file&gt;</code> to see the same figures outside Jira.
      </p>
      <div
        style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: token('space.150', '12px') }}
      >
        <button
          type="button"
          className="cx-button"
          onClick={() => void download()}
          disabled={running}
          aria-busy={running || undefined}
        >
          Download records (NDJSON)
        </button>
        <LiveStatus>
          <span style={text.subtle}>
            {progress.phase === 'running' && recordsProgressText(progress.records, locale)}
            {progress.phase === 'saved' &&
              `${count(progress.records)} ${progress.records === 1 ? 'record' : 'records'} saved as ${progress.filename}.`}
            {progress.phase === 'empty' && 'There are no records to export yet.'}
          </span>
        </LiveStatus>
      </div>
      {progress.phase === 'failed' && (
        <ErrorMessage title="The export stopped" error={progress.error} onRetry={() => void download()} />
      )}
    </SettingsSection>
  );
}
