import type { RequestState } from '../../../src/contract/resolvers';
import { formatDateTime, type DisplayPrefs } from '../../shared/format';
import { card, heading, lozenge, text } from '../../shared/styles';

interface Props {
  state: RequestState;
  prefs: DisplayPrefs;
}

export function RequestStateCard({ state, prefs }: Props) {
  return (
    <section aria-labelledby="cx-request-heading" style={card}>
      <h2 id="cx-request-heading" style={heading}>
        {state.resolved ? 'Your request is resolved' : 'Your request is in progress'}
      </h2>
      <p style={{ ...text.body, margin: 0 }}>
        Status: <span style={lozenge(state.resolved ? 'success' : 'neutral')}>{state.status}</span>
      </p>
      {state.resolved && state.resolvedAt && (
        <p style={{ ...text.subtle, margin: '8px 0 0' }}>
          Resolved <time dateTime={state.resolvedAt}>{formatDateTime(state.resolvedAt, prefs)}</time>
        </p>
      )}
    </section>
  );
}
