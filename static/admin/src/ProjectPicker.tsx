import { token } from '@atlaskit/tokens';
import type { AdminSettings } from '../../../src/contract/survey';
import { FieldMessageList } from '../../shared/components/FieldMessageList';
import { Fieldset } from '../../shared/fields/Fieldset';
import { RadioChoices } from '../../shared/fields/RadioChoices';
import { ProjectChecklist } from './ProjectChecklist';

interface Props {
  projects: AdminSettings['projects'];
  value: 'all' | string[];
  onChange: (value: 'all' | string[]) => void;
  messages?: readonly string[];
}

const SCOPES = [
  { value: 'all', label: 'All service projects, including new ones' },
  { value: 'ticked', label: 'Only the projects ticked below' },
] as const;

/** Which projects send surveys: every service project, or the ones ticked. */
export function ProjectPicker({ projects, value, onChange, messages }: Props) {
  const chosen = value === 'all' ? [] : value;
  return (
    <Fieldset
      legend="Projects that send surveys"
      style={{ border: 'none', margin: 0, padding: 0, minWidth: 0 }}
      legendStyle={{ padding: 0, marginBottom: token('space.075', '6px') }}
    >
      <div style={{ display: 'grid', gap: token('space.075', '6px') }}>
        <RadioChoices
          name="cx-enabled-projects"
          choices={SCOPES}
          value={value === 'all' ? 'all' : 'ticked'}
          onChange={(scope) => onChange(scope === 'all' ? 'all' : chosen)}
        />
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
      <FieldMessageList id="cx-enabledProjects-error" messages={messages} />
    </Fieldset>
  );
}
