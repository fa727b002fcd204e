import { Component, lazy, Suspense, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import type { Distribution, Trend } from '../../../src/contract/gadgets';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import type { DisplayPrefs } from '../../shared/format';

/**
 * The charting library is most of the gadget's code, and only the trend and distribution gadgets
 * draw a chart: they load it on first render, so the scorecard, the breakdown table and the edit
 * view never download it. While the chart's code arrives, a polite status says so; if it cannot be
 * fetched (the network dropped), an alert offers to try again.
 */
type ChartProps<D> = { data: D; prefs: DisplayPrefs };

class ChartBoundary extends Component<{ children: ReactNode; onRetry: () => void }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ErrorMessage
        title="The chart could not be shown"
        error={{ code: 'UNAVAILABLE', message: error.message }}
        onRetry={() => {
          this.setState({ error: null });
          this.props.onRetry();
        }}
      />
    );
  }
}

/** A chart view loaded on demand; each retry asks for the code again (lazy() keeps a failure). */
function lazyChart<D>(load: () => Promise<ComponentType<ChartProps<D>>>) {
  return function ChartSlot(props: ChartProps<D>) {
    const [attempt, setAttempt] = useState(0);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new attempt is a new lazy component
    const Chart = useMemo(() => lazy(async () => ({ default: await load() })), [attempt]);
    return (
      <ChartBoundary onRetry={() => setAttempt((n) => n + 1)}>
        <Suspense fallback={<Loading label="Loading the chart…" />}>
          <Chart {...props} />
        </Suspense>
      </ChartBoundary>
    );
  };
}

export const LazyTrendView = lazyChart<Trend>(async () => (await import('./TrendView')).TrendView);

export const LazyDistributionView = lazyChart<Distribution>(
  async () => (await import('./DistributionView')).DistributionView,
);
