import { token } from '@atlaskit/tokens';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { getAdminOverview } from '../../shared/resolvers';
import { useResolver } from '../../shared/useResolver';
import { ProjectList } from './ProjectList';
import { StatTile } from './StatTile';

export function App() {
  const { isLoading, error, data, reload } = useResolver(getAdminOverview);
  return (
    <main
      style={{ display: 'flex', flexDirection: 'column', gap: token('space.300', '24px'), maxWidth: 960 }}
    >
      <header>
        <h1
          style={{
            font: token('font.heading.medium', 'normal 500 20px/24px ui-sans-serif, sans-serif'),
            margin: 0,
          }}
        >
          CX Metrics
        </h1>
        <p
          style={{ color: token('color.text.subtle', '#44546F'), margin: `${token('space.050', '4px')} 0 0` }}
        >
          What the app has recorded on this site.
        </p>
      </header>
      {isLoading && <Loading label="Loading overview…" />}
      {error && <ErrorMessage title="The overview is unavailable" error={error} onRetry={reload} />}
      {data && (
        <>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.200', '16px') }}>
            <StatTile label="Recorded resolution events" value={data.recordedEvents} />
            <StatTile label="Projects with events" value={data.projects.length} />
          </div>
          <ProjectList projects={data.projects} />
        </>
      )}
    </main>
  );
}
