import { EmptyState } from '../../shared/components/EmptyState';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { getIssueHistory } from '../../shared/resolvers';
import { useForgeContext } from '../../shared/useForgeContext';
import { useResolver } from '../../shared/useResolver';
import { HistoryList } from './HistoryList';
import { HistorySummary } from './HistorySummary';

export function App() {
  const context = useForgeContext();
  const { isLoading, error, data, reload } = useResolver(getIssueHistory);

  if (isLoading) return <Loading label="Loading resolution history…" />;
  if (error) return <ErrorMessage title="Resolution history is unavailable" error={error} onRetry={reload} />;
  if (!data || data.events.length === 0) {
    return (
      <EmptyState title="Not resolved yet">
        Resolutions and reopens of {data?.issueKey ?? 'this request'} will be listed here.
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby="cx-history-heading">
      <HistorySummary issueKey={data.issueKey} events={data.events} />
      <HistoryList events={data.events} prefs={{ locale: context?.locale, timezone: context?.timezone }} />
    </section>
  );
}
