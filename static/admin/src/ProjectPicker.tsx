import { token } from '@atlaskit/tokens';
import type { AdminSettings } from '../../../src/contract/survey';
import { FieldMessage } from '../../shared/components/FieldMessage';
import { ProjectChecklist } from './ProjectChecklist';

interface Props {
  projects: AdminSettings['projects'];
  value: 'all' | string[];
  onChange: (value: 'all' | string[]) => void;
  messages?: readonly string[];
}

/** Which projects send surveys: every service project, or the ones ticked. */
export function ProjectPicker({ projects, value, onChange, messages }: Props) {
  const chosen = value === 'all' ? [] : value;
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0, minWidth: 0 }}>
      <legend className="cx-label" style={{ padding: 0, marginBottom: token('space.075', '6px') }}>
        Projects that send surveys
      </legend>
      <div style={{ display: 'grid', gap: token('space.075', '6px') }}>
        <label className="cx-check">
          <input
            type="radio"
            name="cx-enabled-projects"
            checked={value === 'all'}
            onChange={() => onChange('all')}
          />
          All service projects, including new ones
        </label>
        <label className="cx-check">
          <input
            type="radio"
            name="cx-enabled-projects"
            checked={value !== 'all'}
            onChange={() => onChange(chosen)}
          />
          Only the projects ticked below
        </label>
        <div style={{ paddingLeft: token('space.300', '24px') }}>
          <ProjectChecklist
            legend="Projects that send surveys"
            projects={projects}
            checked={chosen}
            onChange={onChange}
            disabled={value === 'all'}
            describedBy={messages?.length ? 'cx-enabledProjects-error' : undefined}
          />
          {value !== 'all' && chosen.length === 0 && (
            <p className="cx-hint" style={{ margin: `${token('space.075', '6px')} 0 0` }}>
              No project ticked: surveys are paused everywhere.
            </p>
          )}
        </div>
      </div>
      <FieldMessage id="cx-enabledProjects-error" messages={messages} />
    </fieldset>
  );
}
