import type { GadgetOptions } from '../../../../src/contract/gadgets';
import { CheckList } from '../../../shared/fields/CheckList';
import { Fieldset } from '../../../shared/fields/Fieldset';

interface Props {
  /** The request types of the chosen projects (of all projects when none is chosen). */
  requestTypes: GadgetOptions['requestTypes'];
  chosen: readonly string[];
  someProjectsChosen: boolean;
  onChange: (requestTypes: string[]) => void;
}

/** The request types the gadget reads; each is named with its project when several are listed. */
export function RequestTypesField({ requestTypes, chosen, someProjectsChosen, onChange }: Props) {
  const severalProjects = new Set(requestTypes.map((type) => type.projectKey)).size > 1;
  return (
    <Fieldset
      className="cxg-fieldset"
      legend="Request types"
      hint={<>None chosen: all request types{someProjectsChosen ? ' of the chosen projects' : ''}.</>}
    >
      {requestTypes.length === 0 ? (
        <p style={{ margin: 0 }}>The chosen projects have no request types.</p>
      ) : (
        <CheckList
          className="cxg-checklist"
          items={requestTypes.map((type) => ({
            value: type.id,
            label: (
              <span>
                {type.name}
                {severalProjects && <span className="cx-hint"> ({type.projectKey})</span>}
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
