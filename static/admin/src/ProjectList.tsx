import { token } from '@atlaskit/tokens';
import { EmptyState } from '../../shared/components/EmptyState';
import { heading } from '../../shared/styles';

export function ProjectList({ projects }: { projects: string[] }) {
  return (
    <section aria-labelledby="cx-projects-heading">
      <h2 id="cx-projects-heading" style={heading}>
        Projects
      </h2>
      {projects.length === 0 ? (
        <EmptyState title="No projects yet">
          Projects appear here once a request in them has been resolved.
        </EmptyState>
      ) : (
        <ul style={{ margin: 0, paddingLeft: token('space.250', '20px') }}>
          {projects.map((key) => (
            <li key={key}>{key}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
