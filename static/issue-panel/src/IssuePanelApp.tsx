import { token } from '@atlaskit/tokens';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { resolvers } from '../../shared/resolvers';
import { useForgeContext } from '../../shared/useForgeContext';
import { useResolver } from '../../shared/useResolver';
import { TicketResult } from './TicketResult';
import { TicketTimingsView } from './TicketTimingsView';

/** The survey block, then the ticket's own timings; each loads and fails on its own. */
export function IssuePanelApp() {
  const context = useForgeContext();
  const { isLoading, error, data, reload } = useResolver(resolvers.getTicketResult);
  const prefs = { locale: context?.locale, timezone: context?.timezone };
  return (
    <div style={{ display: 'grid', gap: token('space.200', '16px') }}>
      {isLoading && <Loading label="Loading the customer's feedback…" />}
      {!isLoading && error && (
        <ErrorMessage title="Customer feedback is unavailable" error={error} onRetry={reload} />
      )}
      {!isLoading && data && <TicketResult initial={data} prefs={prefs} />}
      <TicketTimingsView prefs={prefs} />
    </div>
  );
}
