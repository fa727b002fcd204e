import { token } from '@atlaskit/tokens';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BackfillStatus } from '../../../src/contract/backfill';
import type { ResolverError } from '../../../src/contract/envelope';
import { Banner } from '../../shared/components/Banner';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { LiveStatus } from '../../shared/components/LiveStatus';
import { Loading } from '../../shared/components/Loading';
import { NumberField } from '../../shared/fields/NumberField';
import type { DisplayPrefs } from '../../shared/format';
import { BackfillProgressView } from './BackfillProgressView';
import {
  BACKFILL_MONTHS,
  canResume,
  finishAnnouncement,
  backfillSummary,
  parseMonths,
} from './backfill-words';
import { SettingsSection } from './SettingsSection';
import { useBackfill } from './useBackfill';

interface Props {
  prefs: DisplayPrefs;
  locale: string | undefined;
}

const MONTHS_SPEC = {
  label: 'Months to import',
  min: BACKFILL_MONTHS.min,
  max: BACKFILL_MONTHS.max,
  step: 1,
  unit: 'months',
};

/** Why a start or resume was refused, in the admin's words. */
function refusal(error: ResolverError): string {
  switch (error.code) {
    case 'FORBIDDEN':
      return 'Only Jira administrators can import history.';
    case 'CONFLICT':
      return 'An import is already running; its progress is shown below.';
    default:
      return error.message;
  }
}

/**
 * The backfill section ("History import"): how far back, the start button, and the running
 * import's progress, read every two seconds while it runs. Its end is announced to screen readers.
 */
export function BackfillSection({ prefs, locale }: Props) {
  const { status, loadError, pollError, actionError, pending, reload, start, resume } = useBackfill();
  const [months, setMonths] = useState(String(BACKFILL_MONTHS.default));
  const [monthsMessage, setMonthsMessage] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<BackfillStatus['state'] | undefined>(undefined);

  useEffect(() => {
    if (!status) return;
    const words = finishAnnouncement(previous.current, status, locale);
    if (words) setAnnouncement(words);
    else if (status.state === 'running') setAnnouncement('');
    previous.current = status.state;
  }, [status, locale]);

  const running = status?.state === 'running';
  const resumable = status !== undefined && canResume(status.state);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMonths(months);
    if (!parsed.ok) {
      setMonthsMessage(parsed.message);
      return;
    }
    setMonthsMessage(null);
    void start(parsed.months);
  };

  const fieldMessages =
    monthsMessage !== null
      ? [monthsMessage]
      : actionError?.code === 'INVALID_INPUT'
        ? [actionError.fields?.[0]?.message ?? actionError.message]
        : undefined;

  return (
    <SettingsSection id="cx-history" title="History import" description={backfillSummary(months)}>
      <form onSubmit={onSubmit} noValidate style={{ display: 'grid', gap: token('space.150', '12px') }}>
        <NumberField
          id="cx-backfillMonths"
          spec={MONTHS_SPEC}
          value={months}
          onChange={(typed) => {
            setMonths(typed);
            setMonthsMessage(null);
          }}
          messages={fieldMessages}
          disabled={running}
        />
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100', '8px') }}>
          {/* A stopped import is best resumed: that is the main action then, starting over the other. */}
          {resumable && (
            <button
              type="button"
              className="cx-button cx-button--primary"
              onClick={() => void resume()}
              disabled={pending !== null}
              aria-busy={pending === 'resume' || undefined}
            >
              {pending === 'resume' ? 'Resuming…' : 'Resume import'}
            </button>
          )}
          <button
            type="submit"
            className={resumable ? 'cx-button' : 'cx-button cx-button--primary'}
            disabled={running || pending !== null}
            aria-busy={pending === 'start' || undefined}
          >
            {pending === 'start'
              ? 'Starting…'
              : running
                ? 'Import running'
                : resumable
                  ? 'Start over'
                  : 'Start import'}
          </button>
        </div>
      </form>

      {actionError && actionError.code !== 'INVALID_INPUT' && (
        <Banner
          tone={
            actionError.code === 'CONFLICT'
              ? 'information'
              : actionError.code === 'FORBIDDEN'
                ? 'warning'
                : 'danger'
          }
          role="alert"
          title={refusal(actionError)}
        />
      )}

      {!status && !loadError && <Loading label="Reading the import's progress…" />}
      {loadError && (
        <ErrorMessage title="The import's progress could not be read" error={loadError} onRetry={reload} />
      )}
      {status && status.state === 'idle' && (
        <p className="cx-hint" style={{ margin: 0 }}>
          No import has run on this site yet.
        </p>
      )}
      {status && status.state !== 'idle' && (
        <BackfillProgressView status={status} prefs={prefs} locale={locale} />
      )}
      {pollError && running && (
        <p className="cx-hint" style={{ margin: 0 }}>
          The progress could not be refreshed ({pollError.message}); trying again.
        </p>
      )}
      <LiveStatus className="cx-visually-hidden">{announcement}</LiveStatus>
    </SettingsSection>
  );
}
