import type { ResolverError } from '../../../src/contract/envelope';
import { Banner } from '../../shared/components/Banner';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import type { DisplayPrefs } from '../../shared/format';
import { useResolver } from '../../shared/useResolver';
import { getBreakdown, getDistribution, getScorecard, getTrend } from './api';
import { BreakdownView } from './BreakdownView';
import { ConfigurePrompt } from './ConfigurePrompt';
import type { GadgetKind } from '../../../src/contract/gadgets';
import { LazyDistributionView, LazyTrendView } from './LazyChart';
import { ScorecardView } from './ScorecardView';

interface Props {
  kind: GadgetKind;
  prefs: DisplayPrefs;
}

/**
 * The gadget's view. Jira's refresh (the gadget is `refreshable`) reloads the frame, which mounts
 * this again and fetches fresh figures.
 */
export function GadgetView({ kind, prefs }: Props) {
  switch (kind) {
    case 'scorecard':
      return <ScorecardLoader prefs={prefs} />;
    case 'trend':
      return <TrendLoader prefs={prefs} />;
    case 'breakdown':
      return <BreakdownLoader prefs={prefs} />;
    case 'distribution':
      return <DistributionLoader prefs={prefs} />;
  }
}

/** Every expected failure, shown the same way in each gadget. */
export function Failure({
  kind,
  error,
  onRetry,
}: {
  kind: GadgetKind;
  error: ResolverError;
  onRetry: () => void;
}) {
  switch (error.code) {
    case 'NOT_CONFIGURED':
      return <ConfigurePrompt kind={kind} />;
    case 'FORBIDDEN':
      return (
        <Banner tone="warning" role="alert" title="You cannot see these figures">
          {error.message}
        </Banner>
      );
    case 'INVALID_INPUT':
      return (
        <Banner tone="warning" role="alert" title="The gadget's settings need attention">
          {error.message} Open the gadget&apos;s menu and choose Configure to fix them.
        </Banner>
      );
    default:
      return <ErrorMessage title="The figures could not be loaded" error={error} onRetry={onRetry} />;
  }
}

function ScorecardLoader({ prefs }: { prefs: DisplayPrefs }) {
  const { isLoading, error, data, reload } = useResolver(getScorecard);
  if (isLoading) return <Loading label="Loading the scorecard…" />;
  if (error || !data) return <Failure kind="scorecard" error={error ?? MISSING} onRetry={reload} />;
  return <ScorecardView data={data} prefs={prefs} />;
}

function TrendLoader({ prefs }: { prefs: DisplayPrefs }) {
  const { isLoading, error, data, reload } = useResolver(getTrend);
  if (isLoading) return <Loading label="Loading the trend…" />;
  if (error || !data) return <Failure kind="trend" error={error ?? MISSING} onRetry={reload} />;
  return <LazyTrendView data={data} prefs={prefs} />;
}

function BreakdownLoader({ prefs }: { prefs: DisplayPrefs }) {
  const { isLoading, error, data, reload } = useResolver(getBreakdown);
  if (isLoading) return <Loading label="Loading the breakdown…" />;
  if (error || !data) return <Failure kind="breakdown" error={error ?? MISSING} onRetry={reload} />;
  return <BreakdownView data={data} prefs={prefs} />;
}

function DistributionLoader({ prefs }: { prefs: DisplayPrefs }) {
  const { isLoading, error, data, reload } = useResolver(getDistribution);
  if (isLoading) return <Loading label="Loading the score distribution…" />;
  if (error || !data) return <Failure kind="distribution" error={error ?? MISSING} onRetry={reload} />;
  return <LazyDistributionView data={data} prefs={prefs} />;
}

const MISSING: ResolverError = { code: 'UNAVAILABLE', message: 'The app sent no figures.' };
