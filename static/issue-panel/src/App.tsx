import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { getTicketResult } from '../../shared/resolvers';
import { useForgeContext } from '../../shared/useForgeContext';
import { useResolver } from '../../shared/useResolver';
import { TicketResult } from './TicketResult';

export function App() {
  const context = useForgeContext();
  const { isLoading, error, data, reload } = useResolver(getTicketResult);
  if (isLoading) return <Loading label="Loading the customer's feedback…" />;
  if (error) return <ErrorMessage title="Customer feedback is unavailable" error={error} onRetry={reload} />;
  if (!data) return null;
  return <TicketResult initial={data} prefs={{ locale: context?.locale, timezone: context?.timezone }} />;
}
