import { token } from '@atlaskit/tokens';
import type { AdminSettings } from '../../../src/contract/survey';

interface Props {
  /** Names the group for screen readers. */
  legend: string;
  projects: AdminSettings['projects'];
  checked: readonly string[];
  onChange: (keys: string[]) => void;
  disabled?: boolean;
  describedBy?: string;
}

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
  const toggle = (key: string, on: boolean) =>
    onChange(on ? [...checked, key] : checked.filter((candidate) => candidate !== key));
  return (
    <fieldset
      disabled={disabled}
      aria-describedby={describedBy}
      style={{ border: 'none', margin: 0, padding: 0, minWidth: 0 }}
    >
      <legend className="cx-visually-hidden">{legend}</legend>
      {rows.length === 0 ? (
        <p style={{ margin: 0 }}>This site has no service projects.</p>
      ) : (
        <ul
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
            gap: token('space.075', '6px'),
          }}
        >
          {rows.map((project) => (
            <li key={project.key}>
              <label className="cx-check" style={{ opacity: disabled ? 0.6 : 1 }}>
                <input
                  type="checkbox"
                  checked={checked.includes(project.key)}
                  onChange={(event) => toggle(project.key, event.target.checked)}
                />
                <span>
                  {project.name}{' '}
                  <span style={{ color: token('color.text.subtlest', '#626F86') }}>({project.key})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
