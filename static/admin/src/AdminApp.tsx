import { token } from '@atlaskit/tokens';
import { Banner } from '../../shared/components/Banner';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { resolvers } from '../../shared/resolvers';
import { useResolver } from '../../shared/useResolver';
import { toBcp47 } from '../../shared/format';
import { useForgeContext } from '../../shared/useForgeContext';
import { ExportSection } from './ExportSection';
import { BackfillSection } from './BackfillSection';
import { RebuildSection } from './RebuildSection';
import { ReviewsSection } from './ReviewsSection';
import { AnswerLinksSection } from './AnswerLinksSection';
import { IngestSection } from './IngestSection';
import { ServiceNowSection } from './ServiceNowSection';
import { ADMINS_ONLY } from './failure-text';
import { SettingsForm } from './SettingsForm';

export function AdminApp() {
  const { isLoading, error, data, reload } = useResolver(resolvers.getSettings);
  const context = useForgeContext();
  const prefs = { locale: context?.locale, timezone: context?.timezone };
  const locale = toBcp47(context?.locale);
  return (
    <main style={{ display: 'grid', gap: token('space.300', '24px'), maxWidth: 960 }}>
      <header>
        <h1
          style={{
            font: token('font.heading.medium', 'normal 500 20px/24px ui-sans-serif, sans-serif'),
            margin: 0,
          }}
        >
          CX Metrics settings
        </h1>
        <p
          style={{ color: token('color.text.subtle', '#44546F'), margin: `${token('space.050', '4px')} 0 0` }}
        >
          Surveys, their wording, low-score follow-up and reporting for this site; the import of its history
          and the export of its data.
        </p>
      </header>
      {isLoading && <Loading label="Loading settings…" />}
      {error?.code === 'FORBIDDEN' && <Banner tone="warning" role="alert" title={ADMINS_ONLY} />}
      {error && error.code !== 'FORBIDDEN' && (
        <ErrorMessage title="The settings could not be loaded" error={error} onRetry={reload} />
      )}
      {data && !isLoading && <SettingsForm initial={data} />}
      {/* The data tools are for administrators too; they answer their own errors. */}
      {!isLoading && error?.code !== 'FORBIDDEN' && (
        <>
          <ReviewsSection />
          <BackfillSection prefs={prefs} locale={locale} />
          <RebuildSection locale={locale} />
          <AnswerLinksSection locale={locale} />
          <IngestSection locale={locale} />
          <ServiceNowSection locale={locale} />
          <ExportSection locale={locale} />
        </>
      )}
    </main>
  );
}
