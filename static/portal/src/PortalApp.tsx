import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { resolvers } from '../../shared/resolvers';
import { useForgeContext } from '../../shared/useForgeContext';
import { useResolver } from '../../shared/useResolver';
import { SurveyPanel } from './SurveyPanel';

export function PortalApp() {
  const context = useForgeContext();
  const { isLoading, error, data, reload } = useResolver(resolvers.getPortalSurvey);
  if (isLoading) return <Loading label="Loading…" />;
  if (error) return <ErrorMessage title="The survey could not be loaded" error={error} onRetry={reload} />;
  if (!data) return null;
  return <SurveyPanel initial={data} timezone={context?.timezone} />;
}
