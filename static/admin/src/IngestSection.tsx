import { useCallback, useEffect, useState } from 'react';
import type { ResolverError } from '../../../src/contract/envelope';
import type { IngestStatus, NewIngestSecret } from '../../../src/contract/ingest';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { LiveStatus } from '../../shared/components/LiveStatus';
import { resolvers } from '../../shared/resolvers';
import { SettingsSection } from './SettingsSection';

/** The secret's state in words; the secret itself is shown only in the answer that made it. */
export function ingestSecretText(status: IngestStatus, locale?: string): string {
  if (!status.secret) return 'No secret yet: make one, then give it to the tools that send records.';
  const made = new Date(status.secret.createdAt).toLocaleString(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  return `Secret ${status.secret.version}, in use since ${made}.`;
}

/** One recent request in words: what it stored, or which lines kept it from storing anything. */
export function ingestReportText(report: IngestStatus['recent'][number], locale?: string): string {
  const at = new Date(report.at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  if (report.refused.length > 0)
    return `${at}: nothing stored; ${report.refused.map((line) => `line ${line.line}: ${line.reason}`).join('; ')}`;
  return `${at}: ${report.accepted} stored, ${report.duplicates} sent before`;
}

/** `Email = 2000` lines as thresholds; a line that is not `name = whole ms` is named back. */
export function thresholdsFromText(
  text: string,
): { ok: true; thresholds: IngestStatus['thresholds'] } | { ok: false; message: string } {
  const thresholds: IngestStatus['thresholds'] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const match = /^(.+?)\s*=\s*(\d+)\s*(ms)?\s*$/.exec(line.trim());
    if (!match) return { ok: false, message: `Line ${index + 1}: write it as "Service name = 2000".` };
    thresholds.push({ service: match[1]!.trim(), thresholdMs: Number(match[2]) });
  }
  return { ok: true, thresholds };
}

/**
 * Where monitoring and self-service tools send availability samples and sessions, and the secret
 * they send with it. A new secret is shown once and replaces the old one at once.
 */
export function IngestSection({ locale }: { locale: string | undefined }) {
  const [status, setStatus] = useState<IngestStatus | null>(null);
  const [made, setMade] = useState<NewIngestSecret | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [pending, setPending] = useState(false);
  const [thresholdText, setThresholdText] = useState<string | null>(null);
  const [thresholdNote, setThresholdNote] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const answer = await resolvers.getIngest();
    if (answer.ok) setStatus(answer.data);
    else setError(answer.error);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const saveThresholds = async () => {
    const parsed = thresholdsFromText(thresholdText ?? '');
    if (!parsed.ok) return setThresholdNote(parsed.message);
    const answer = await resolvers.saveServiceThresholds(parsed.thresholds);
    setThresholdNote(answer.ok ? 'Thresholds saved.' : answer.error.message);
  };

  const rotate = async () => {
    setPending(true);
    setError(null);
    const answer = await resolvers.rotateIngestSecret();
    setPending(false);
    if (answer.ok) {
      setMade(answer.data);
      await refresh();
    } else setError(answer.error);
  };

  return (
    <SettingsSection
      id="cx-ingest"
      title="Records from monitoring and self-service tools"
      description="Probes post availability samples, and chat bots or knowledge-base tools post self-service sessions, to this address with Authorization: Bearer and the secret. A batch with a line that cannot be used stores nothing; its lines are listed below."
    >
      {status && (
        <>
          <p>
            Address: <code>{status.url}</code>
          </p>
          <p>
            At most {status.limits.maxRecords} records and {Math.round(status.limits.maxBodyBytes / 1024)} KB
            a request, {status.limits.requestsPerMinute} requests a minute.
          </p>
          <LiveStatus>{ingestSecretText(status, locale)}</LiveStatus>
        </>
      )}
      {made && (
        <div role="group" aria-label="The new secret">
          <p>Copy the secret now: it is not shown again.</p>
          <code data-testid="ingest-secret">{made.secret}</code>
        </div>
      )}
      <div>
        <button type="button" className="cx-button" onClick={() => void rotate()} disabled={pending}>
          {pending ? 'Making…' : status?.secret ? 'Replace the secret' : 'Make a secret'}
        </button>
      </div>
      {status && status.recent.length > 0 && (
        <ul aria-label="Recent requests">
          {status.recent.map((report) => (
            <li key={report.at}>{ingestReportText(report, locale)}</li>
          ))}
        </ul>
      )}
      {status && (
        <div>
          <label htmlFor="cx-thresholds">
            Response time each service&apos;s users accept, for samples sent without one (one per line,
            &quot;Email = 2000&quot;, in ms)
          </label>
          <textarea
            id="cx-thresholds"
            rows={3}
            value={
              thresholdText ??
              status.thresholds.map((entry) => `${entry.service} = ${entry.thresholdMs}`).join('\n')
            }
            onChange={(event) => setThresholdText(event.target.value)}
          />
          <button type="button" className="cx-button" onClick={() => void saveThresholds()}>
            Save thresholds
          </button>
          {thresholdNote && <p role="status">{thresholdNote}</p>}
        </div>
      )}
      {error && <ErrorMessage error={error} title="The ingest endpoint could not be read or changed" />}
    </SettingsSection>
  );
}
