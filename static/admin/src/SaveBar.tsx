import { token } from '@atlaskit/tokens';
import type { ResolverError } from '../../../src/contract/envelope';
import { Banner } from '../../shared/components/Banner';
import { LiveStatus } from '../../shared/components/LiveStatus';
import { failureText } from './failure-text';

interface Props {
  dirty: boolean;
  pending: boolean;
  saved: boolean;
  failure: ResolverError | null;
  /** Messages of fields that no input shows (e.g. a rule about the whole form). */
  unclaimed: readonly string[];
  /** Fields need fixing before anything is sent. */
  localProblem: boolean;
  onDiscard: () => void;
}

/** The save and discard buttons, kept in view at the bottom, with what the last save did. */
export function SaveBar({ dirty, pending, saved, failure, unclaimed, localProblem, onDiscard }: Props) {
  const problem = failure !== null || localProblem;
  return (
    <div
      style={{
        position: 'sticky',
        bottom: 0,
        display: 'grid',
        gap: token('space.100', '8px'),
        padding: `${token('space.150', '12px')} 0`,
        background: token('elevation.surface', '#FFFFFF'),
        borderTop: `1px solid ${token('color.border', '#091E4224')}`,
      }}
    >
      {problem && (
        <Banner
          tone={failure?.code === 'FORBIDDEN' ? 'warning' : 'danger'}
          role="alert"
          title={
            failure?.code === 'FORBIDDEN'
              ? failureText(failure)
              : 'The settings were not saved. Fix the marked fields and save again.'
          }
        >
          {failure && failure.code !== 'FORBIDDEN' && failure.code !== 'INVALID_INPUT' && (
            <p style={{ margin: 0 }}>{failure.message}</p>
          )}
          {unclaimed.length > 0 && (
            <ul style={{ margin: 0, paddingLeft: token('space.250', '20px') }}>
              {unclaimed.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </Banner>
      )}
      <div
        style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: token('space.100', '8px') }}
      >
        <button type="submit" className="cx-button cx-button--primary" disabled={!dirty || pending}>
          {pending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="cx-button" disabled={!dirty || pending} onClick={onDiscard}>
          Discard changes
        </button>
        <LiveStatus>
          {saved && !dirty && (
            <span style={{ color: token('color.text.success', '#216E4E'), fontWeight: 500 }}>
              <span aria-hidden="true">✓ </span>Settings saved.
            </span>
          )}
          {pending && <span className="cx-visually-hidden">Saving…</span>}
        </LiveStatus>
      </div>
    </div>
  );
}
