import { router } from '@forge/bridge';
import { useCallback, useState } from 'react';
import type { CxReport, ProjectQuality, ReportFigure } from '../../../src/contract/report-page';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { downloadText } from '../../shared/download';
import { spokenDuration } from '../../shared/duration';
import { useResolver } from '../../shared/useResolver';
import { reportCalls } from './report-calls';
import { reportChangeText } from './report-change';
import { reportCsv } from './report-csv';

const PRESETS = [30, 90, 365] as const;
type Preset = (typeof PRESETS)[number];

function valueText(figure: Pick<ReportFigure, 'unit'>, value: number | null): string {
  if (value === null) return '—';
  if (figure.unit === 'seconds') return spokenDuration(value);
  if (figure.unit === 'percent') return `${value.toFixed(1)} %`;
  return value.toFixed(1);
}

function FigureTable({ title, figures }: { title: string; figures: ReportFigure[] }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Value</th>
            <th scope="col">Target</th>
            <th scope="col">Trend (vs previous period)</th>
            <th scope="col">95 % interval</th>
            <th scope="col">n</th>
            <th scope="col">Owner</th>
            <th scope="col">Review</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.metric} data-metric={figure.metric}>
              <th scope="row">{figure.label}</th>
              <td className="cx-number">{valueText(figure, figure.value)}</td>
              <td className="cx-number">
                {valueText(figure, figure.target)}
                {figure.status === 'met' ? ' (met)' : figure.status === 'missed' ? ' (missed)' : ''}
              </td>
              <td className="cx-number">{reportChangeText(figure)}</td>
              <td className="cx-number">
                {figure.ci95
                  ? `${valueText(figure, figure.ci95[0])} – ${valueText(figure, figure.ci95[1])}`
                  : '—'}
              </td>
              <td className="cx-number">{figure.n}</td>
              <td>{figure.owner.name}</td>
              <td>{figure.cadence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const LEVEL_WORDS = {
  good: 'Sound',
  fair: 'Read with care',
  poor: 'Distorts figures',
  none: 'No data',
} as const;

function openSearch(path: string) {
  // A Custom UI frame opens Jira's own pages through the bridge's router (same tab).
  router.navigate(path).catch(() => window.open(path, '_blank', 'noopener'));
}

function QualityTable({ project }: { project: ProjectQuality }) {
  return (
    <section aria-label={`Data quality of ${project.projectKey}`} data-project={project.projectKey}>
      <h3>{project.projectKey}</h3>
      {!project.counted && (
        <p>
          These figures were stored before data quality was counted: rebuild the figures on the admin page.
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">Gap</th>
            <th scope="col">Verdict</th>
            <th scope="col">Tickets</th>
          </tr>
        </thead>
        <tbody>
          {project.verdicts.map((verdict) => (
            <tr key={verdict.check} data-check={verdict.check} data-level={verdict.level}>
              <th scope="row">{LEVEL_WORDS[verdict.level]}</th>
              <td className="cx-number">{verdict.share === null ? '—' : `${verdict.share} %`}</td>
              <td>{verdict.text}</td>
              <td>
                {verdict.searchPath ? (
                  <a
                    href={verdict.searchPath}
                    onClick={(event) => {
                      event.preventDefault();
                      openSearch(verdict.searchPath!);
                    }}
                  >
                    List in Jira
                  </a>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

async function downloadRecords(setBusy: (busy: string | null) => void) {
  setBusy('Preparing the records…');
  const parts: string[] = [];
  let cursor: string | undefined;
  do {
    const part = await reportCalls.exportRecords(cursor);
    if (!part.ok) {
      setBusy(part.error.message);
      return;
    }
    parts.push(part.data.ndjson);
    cursor = part.data.cursor;
  } while (cursor);
  downloadText('cx-records.ndjson', parts.join(''), 'application/x-ndjson');
  setBusy(null);
}

export function ReportApp() {
  const [preset, setPreset] = useState<Preset>(30);
  const [busy, setBusy] = useState<string | null>(null);
  const load = useCallback(() => reportCalls.getCxReport({ period: { preset } }), [preset]);
  const { data, error, isLoading } = useResolver<CxReport>(load);
  return (
    <main className="cx-report">
      <h1>CX report</h1>
      <div className="cx-no-print">
        <label>
          Period{' '}
          <select value={preset} onChange={(event) => setPreset(Number(event.target.value) as Preset)}>
            {PRESETS.map((days) => (
              <option key={days} value={days}>
                Last {days} days
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={() => window.print()}>
          Print
        </button>{' '}
        <button
          type="button"
          disabled={!data}
          onClick={() =>
            data &&
            downloadText(
              `cx-report-${data.window.from}-to-${data.window.to}.csv`,
              reportCsv(data),
              'text/csv',
            )
          }
        >
          Download CSV
        </button>{' '}
        <button type="button" onClick={() => void downloadRecords(setBusy)}>
          Download records (for cx-metrics report)
        </button>
        {busy && <span role="status"> {busy}</span>}
      </div>
      {isLoading && !data && <Loading label="Computing the report…" />}
      {error && <ErrorMessage error={error} />}
      {data && (
        <>
          <p>
            {data.window.from} to {data.window.to} ({data.window.timeZone}), projects{' '}
            {data.window.projects.join(', ')}
          </p>
          <FigureTable title="Results metrics" figures={data.results} />
          <FigureTable title="Process metrics" figures={data.process} />
          <section className="cx-page" aria-label="Data quality">
            <h2>Data quality</h2>
            {data.quality.map((project) => (
              <QualityTable key={project.projectKey} project={project} />
            ))}
          </section>
          <section aria-label="Open follow-ups">
            <h2>Open follow-ups (low scores)</h2>
            {data.followUps.length === 0 ? (
              <p>No low score is waiting for a follow-up.</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">Request</th>
                    <th scope="col">Answered</th>
                    <th scope="col">CES</th>
                    <th scope="col">CSAT</th>
                    <th scope="col">Comment</th>
                  </tr>
                </thead>
                <tbody>
                  {data.followUps.map((row) => (
                    <tr key={`${row.ticketKey}-${row.answeredAt}`}>
                      <th scope="row">{row.ticketKey}</th>
                      <td>{row.answeredAt.slice(0, 16).replace('T', ' ')}</td>
                      <td className="cx-number">{row.ces ?? '—'}</td>
                      <td className="cx-number">{row.csat ?? '—'}</td>
                      <td>{row.comment ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </main>
  );
}
