import { portalWords } from '../../../src/domain/i18n/portal-words';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { resolvers } from '../../shared/resolvers';
import { useForgeContext } from '../../shared/useForgeContext';
import { useResolver } from '../../shared/useResolver';
import { refusalTitle, refusalWords, retryCanHelp } from './failure-words';
import { SurveyPanel } from './SurveyPanel';

export function PortalApp() {
  const context = useForgeContext();
  const { isLoading, error, data, reload } = useResolver(resolvers.getPortalSurvey);
  // Before the survey says its language, the customer's Jira locale does.
  const words = portalWords(data?.locale ?? context?.locale);
  if (isLoading) return <Loading label={words.loading} />;
  if (error)
    return (
      <ErrorMessage
        title={refusalTitle(error, words, words.loadFailed)}
        error={{ ...error, message: refusalWords(error, words) }}
        onRetry={retryCanHelp(error) ? reload : undefined}
        retryLabel={words.tryAgain}
      />
    );
  if (!data) return null;
  return <SurveyPanel initial={data} timezone={context?.timezone} />;
}
