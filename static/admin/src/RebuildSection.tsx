import { useCallback, useEffect, useState } from 'react';
import type { RebuildStatus } from '../../../src/contract/backfill';
import type { ResolverError } from '../../../src/contract/envelope';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { LiveStatus } from '../../shared/components/LiveStatus';
import { resolvers } from '../../shared/resolvers';
import { SettingsSection } from './SettingsSection';

const POLL_MS = 2000;

/** The rebuild's progress in words: how many stored records were read and days queued. */
export function rebuildText(status: RebuildStatus, locale?: string): string {
  const number = (n: number) => n.toLocaleString(locale);
  const read = `${number(status.factsScanned)} stored records read, ${number(status.daysRequested)} days queued`;
  return status.state === 'done' ? `Rebuild requested for every day: ${read}.` : `Rebuilding… ${read}.`;
}

/**
 * Rebuilds every figure from the stored records: after the reporting time zone changes, or to
 * repair. The scan runs in the background; this section polls its progress while it runs.
 */
export function RebuildSection({ locale }: { locale: string | undefined }) {
  const [status, setStatus] = useState<RebuildStatus | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [pending, setPending] = useState(false);

  const refresh = useCallback(async () => {
    const answer = await resolvers.getRebuild();
    if (answer.ok) setStatus(answer.data);
    else setError(answer.error);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (status?.state !== 'running') return undefined;
    const timer = setTimeout(() => void refresh(), POLL_MS);
    return () => clearTimeout(timer);
  }, [status, refresh]);

  const start = async () => {
    setPending(true);
    setError(null);
    const answer = await resolvers.rebuildFigures();
    setPending(false);
    if (answer.ok) setStatus(answer.data);
    else setError(answer.error);
  };

  const running = status?.state === 'running';
  return (
    <SettingsSection
      id="cx-rebuild"
      title="Rebuild figures"
      description="Recomputes every dashboard figure from the stored records. Use it after changing the reporting time zone; figures update as each day is rebuilt."
    >
      <div>
        <button
          type="button"
          className="cx-button"
          onClick={() => void start()}
          disabled={running || pending}
        >
          {running ? 'Rebuild running' : pending ? 'Starting…' : 'Rebuild figures'}
        </button>
      </div>
      <LiveStatus>{status && rebuildText(status, locale)}</LiveStatus>
      {error && <ErrorMessage error={error} title="The rebuild could not start" />}
    </SettingsSection>
  );
}
