import type { GadgetConfig } from '../../../src/contract/resolvers';
import { EmptyState } from '../../shared/components/EmptyState';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import type { DisplayPrefs } from '../../shared/format';
import { getResolutionsPerDay } from '../../shared/resolvers';
import { useResolver } from '../../shared/useResolver';
import { ConfigurePrompt } from './ConfigurePrompt';
import { ResolutionsPanel } from './ResolutionsPanel';

interface Props {
  config: GadgetConfig | null;
  prefs: DisplayPrefs;
}

export function GadgetView({ config, prefs }: Props) {
  if (!config) return <ConfigurePrompt />;
  return <ConfiguredView config={config} prefs={prefs} />;
}

function ConfiguredView({ config, prefs }: { config: GadgetConfig; prefs: DisplayPrefs }) {
  const { isLoading, error, data, reload } = useResolver(getResolutionsPerDay);
  if (isLoading) return <Loading label="Loading resolutions…" />;
  if (error?.code === 'NOT_CONFIGURED') return <ConfigurePrompt />;
  if (error) return <ErrorMessage title="Resolutions are unavailable" error={error} onRetry={reload} />;
  if (!data || data.days.every((day) => day.resolved === 0)) {
    return (
      <EmptyState title="No resolutions">
        No requests in {config.projectKey} were resolved in the last {config.days} days.
      </EmptyState>
    );
  }
  return <ResolutionsPanel data={data} prefs={prefs} />;
}
