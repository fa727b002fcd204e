import { useId } from 'react';
import type { ProjectSummary } from '../../../src/contract/resolvers';
import { text } from '../../shared/styles';

interface Props {
  projects: ProjectSummary[];
  value: string;
  onChange: (projectKey: string) => void;
}

export function ProjectField({ projects, value, onChange }: Props) {
  const id = useId();
  if (projects.length === 0) {
    return <p style={text.subtle}>There are no service projects to choose from.</p>;
  }
  return (
    <div className="cx-field">
      <label htmlFor={id} className="cx-label">
        Project
      </label>
      <select id={id} className="cx-select" value={value} required onChange={(e) => onChange(e.target.value)}>
        {projects.map((project) => (
          <option key={project.key} value={project.key}>
            {project.name} ({project.key})
          </option>
        ))}
      </select>
    </div>
  );
}
