import { token } from '@atlaskit/tokens';
import type { AdminSettings } from '../../../src/contract/survey';
import { CheckList } from '../../shared/fields/CheckList';
import { Fieldset } from '../../shared/fields/Fieldset';

interface Props {
  /** Names the group for screen readers. */
  legend: string;
  projects: AdminSettings['projects'];
  checked: readonly string[];
  onChange: (keys: string[]) => void;
  disabled?: boolean;
  describedBy?: string;
}

const bare = { border: 'none', margin: 0, padding: 0, minWidth: 0 } as const;
const columns = {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
  gap: token('space.075', '6px'),
} as const;

/**
 * One checkbox per project. Keys that are checked but no longer in the site's project list stay
 * visible, so saving never drops them unseen.
 */
export function ProjectChecklist({ legend, projects, checked, onChange, disabled, describedBy }: Props) {
  const known = new Set(projects.map((project) => project.key));
  const rows = [
    ...projects,
    ...checked.filter((key) => !known.has(key)).map((key) => ({ key, name: '(not found on this site)' })),
  ];
  return (
    <Fieldset
      legend={legend}
      legendClassName="cx-visually-hidden"
      disabled={disabled}
      describedBy={describedBy}
      style={bare}
    >
      {rows.length === 0 ? (
        <p style={{ margin: 0 }}>This site has no service projects.</p>
      ) : (
        <CheckList
          style={columns}
          labelStyle={{ opacity: disabled ? 0.6 : 1 }}
          items={rows.map((project) => ({
            value: project.key,
            label: (
              <span>
                {project.name}{' '}
                <span style={{ color: token('color.text.subtlest', '#626F86') }}>({project.key})</span>
              </span>
            ),
          }))}
          checked={checked}
          onChange={onChange}
        />
      )}
    </Fieldset>
  );
}
