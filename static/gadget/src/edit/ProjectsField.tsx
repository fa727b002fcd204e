import type { GadgetOptions } from '../../../../src/contract/gadgets';
import { CheckList } from '../../../shared/fields/CheckList';
import { Fieldset } from '../../../shared/fields/Fieldset';

interface Props {
  projects: GadgetOptions['projects'];
  chosen: readonly string[];
  onChange: (projects: string[]) => void;
}

/** The projects the gadget reads; none ticked means every one the viewer may browse. */
export function ProjectsField({ projects, chosen, onChange }: Props) {
  return (
    <Fieldset
      className="cxg-fieldset"
      legend="Projects"
      hint="None chosen: every service project you can browse."
    >
      {projects.length === 0 ? (
        <p style={{ margin: 0 }}>You cannot browse any service project.</p>
      ) : (
        <CheckList
          className="cxg-checklist"
          items={projects.map((project) => ({
            value: project.key,
            label: (
              <span>
                {project.name} <span className="cx-hint">({project.key})</span>
              </span>
            ),
          }))}
          checked={chosen}
          onChange={onChange}
        />
      )}
    </Fieldset>
  );
}
