import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { getRequestState } from '../../shared/resolvers';
import { useForgeContext } from '../../shared/useForgeContext';
import { useResolver } from '../../shared/useResolver';
import { RequestStateCard } from './RequestStateCard';

export function App() {
  const context = useForgeContext();
  const { isLoading, error, data, reload } = useResolver(getRequestState);
  if (isLoading) return <Loading label="Loading your request…" />;
  if (error) return <ErrorMessage title="We couldn't load this request" error={error} onRetry={reload} />;
  if (!data) return null;
  return <RequestStateCard state={data} prefs={{ locale: context?.locale, timezone: context?.timezone }} />;
}
