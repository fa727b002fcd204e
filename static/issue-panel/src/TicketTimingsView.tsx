import { token } from '@atlaskit/tokens';
import type { DisplayPrefs } from '../../shared/format';
import { resolvers } from '../../shared/resolvers';
import { heading, text } from '../../shared/styles';
import { useResolver } from '../../shared/useResolver';
import { timingRows } from './timing-rows';

/**
 * The ticket's own process timings under the survey. Quiet by design: nothing while loading or for
 * a ticket that was never captured, and a one-line note with a retry if the read fails.
 */
export function TicketTimingsView({ prefs }: { prefs: DisplayPrefs }) {
  const { isLoading, error, data, reload } = useResolver(resolvers.getTicketTimings);
  if (isLoading && !data) return null;
  if (error) {
    return (
      <p className="cx-hint" style={{ margin: 0 }}>
        Ticket timings are unavailable: {error.message}{' '}
        <button type="button" className="cx-button cx-button--subtle" onClick={reload}>
          Try again
        </button>
      </p>
    );
  }
  if (!data) return null;
  return (
    <section aria-labelledby="cx-timings-heading">
      <h3 id="cx-timings-heading" style={heading}>
        Ticket timings
      </h3>
      <dl
        style={{
          display: 'grid',
          gridTemplateColumns: 'max-content minmax(0, 1fr)',
          columnGap: token('space.200', '16px'),
          rowGap: token('space.050', '4px'),
          margin: 0,
        }}
      >
        {timingRows(data, prefs).map((row) => (
          <div key={row.key} style={{ display: 'contents' }}>
            <dt style={text.subtle}>{row.label}</dt>
            <dd style={{ ...text.body, margin: 0, fontVariantNumeric: 'tabular-nums' }}>
              {row.at ? <time dateTime={row.at}>{row.value}</time> : row.value}
              {row.detail && <span style={text.subtlest}> · {row.detail}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
