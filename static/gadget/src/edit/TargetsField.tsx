import type { FigureMetric } from '../../../../src/contract/gadgets';
import type { FieldMessages } from '../../../shared/field-messages';
import { Fieldset } from '../../../shared/fields/Fieldset';
import { TextField } from '../../../shared/fields/TextField';
import type { ConfigDraft } from '../config-form';
import { FIGURE_INFO } from '../../../../src/domain/report/figures';
import { errorIdOf, PREFIX } from './choices';

interface Props {
  metrics: readonly FigureMetric[];
  targets: ConfigDraft['targets'];
  onChange: (targets: ConfigDraft['targets']) => void;
  /** `targets.<metric>` is shown under that metric's target. */
  messages: FieldMessages;
}

const UNIT_SUFFIX = { seconds: ' (minutes)', percent: ' (%)', score: '' } as const;

/**
 * This gadget's own targets, typed as text (a comma is a decimal point too); a blank one uses the
 * app's setting. Time targets are typed in minutes.
 */
export function TargetsField({ metrics, targets, onChange, messages }: Props) {
  return (
    <Fieldset
      className="cxg-fieldset"
      legend="Targets"
      hint="Leave blank to use the target in the app's settings. MTTA's targets, per priority, are set there only."
    >
      <div className="cxg-targets">
        {metrics.map((metric) => (
          <TextField
            key={metric}
            id={`${PREFIX}-target-${metric}`}
            label={`${FIGURE_INFO[metric].shortName} target${UNIT_SUFFIX[FIGURE_INFO[metric].unit]}`}
            inputMode="decimal"
            placeholder="App setting"
            value={targets[metric] ?? ''}
            errorId={errorIdOf(`targets.${metric}`)}
            messages={messages.get(`targets.${metric}`)}
            onChange={(text) => onChange({ ...targets, [metric]: text })}
          />
        ))}
      </div>
    </Fieldset>
  );
}
