import { token } from '@atlaskit/tokens';
import type { BackfillStatus } from '../../../src/contract/backfill';
import { ProgressBar, type ProgressTone } from '../../shared/components/ProgressBar';
import { formatTimeLeft } from '../../shared/duration';
import { formatDateTime, type DisplayPrefs } from '../../shared/format';
import { lozenge, text } from '../../shared/styles';
import { errorCountText, progressText, shownPercent, STATE_LABEL } from './backfill-words';

interface Props {
  status: BackfillStatus;
  prefs: DisplayPrefs;
  locale: string | undefined;
}

const BAR_TONE: Record<BackfillStatus['state'], ProgressTone> = {
  idle: 'brand',
  running: 'brand',
  paused: 'warning',
  done: 'success',
  failed: 'danger',
};

/** Where an import stands: its state in words, the bar with its count, the time left, the errors. */
export function BackfillProgressView({ status, prefs, locale }: Props) {
  const { label, tone } = STATE_LABEL[status.state];
  const count = progressText(status, locale);
  const months = status.months === 1 ? 'month' : `${status.months} months`;
  return (
    <div style={{ display: 'grid', gap: token('space.100', '8px') }}>
      <p
        style={{
          margin: 0,
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'baseline',
          gap: token('space.100', '8px'),
        }}
      >
        <span style={lozenge(tone)}>
          <span className="cx-visually-hidden">Import: </span>
          {label}
        </span>
        <span style={text.subtle}>
          {status.state === 'failed' || status.state === 'paused'
            ? (status.lastError ?? `Stopped part-way through the last ${months}.`)
            : status.state === 'done' && status.updatedAt
              ? `The last ${months}, finished ${formatDateTime(status.updatedAt, prefs)}.`
              : `The last ${months}${status.startedAt ? `, started ${formatDateTime(status.startedAt, prefs)}` : ''}.`}
        </span>
      </p>
      <span id="cx-history-bar-label" className="cx-visually-hidden">
        History import progress
      </span>
      <ProgressBar
        value={shownPercent(status)}
        labelledBy="cx-history-bar-label"
        valueText={count}
        tone={BAR_TONE[status.state]}
      />
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          justifyContent: 'space-between',
          gap: token('space.100', '8px'),
          fontVariantNumeric: 'tabular-nums',
        }}
      >
        <span style={{ ...text.body, fontWeight: 500 }}>{count}</span>
        {status.state === 'running' && <span style={text.subtle}>{formatTimeLeft(status.etaSeconds)}</span>}
      </div>
      <p className="cx-hint" style={{ margin: 0 }}>
        {errorCountText(status.errors, locale)}
      </p>
    </div>
  );
}
