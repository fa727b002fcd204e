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

/**
 * Where monitoring and self-service tools send availability samples and sessions, and the secret
 * they send with it. A new secret is shown once and replaces the old one at once.
 */
export function IngestSection({ locale }: { locale: string | undefined }) {
  const [status, setStatus] = useState<IngestStatus | null>(null);
  const [made, setMade] = useState<NewIngestSecret | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [pending, setPending] = useState(false);

  const refresh = useCallback(async () => {
    const answer = await resolvers.getIngest();
    if (answer.ok) setStatus(answer.data);
    else setError(answer.error);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

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
      {error && <ErrorMessage error={error} title="The ingest endpoint could not be read or changed" />}
    </SettingsSection>
  );
}
