import { FIGURE_METRICS, type FigureMetric } from '../../../../src/contract/gadgets';
import { FieldMessageList } from '../../../shared/components/FieldMessageList';
import { Fieldset } from '../../../shared/fields/Fieldset';
import { wiring } from '../../../shared/fields/wiring';
import { moveMetric, toggleMetric } from '../config-form';
import { FIGURE_INFO } from '../../../../src/domain/report/figures';
import { errorIdOf, metricOption } from './choices';

interface Props {
  chosen: FigureMetric[];
  onChange: (metrics: FigureMetric[]) => void;
  messages: readonly string[] | undefined;
}

/** The scorecard's tiles: ticked metrics in their order (movable), then the others. */
export function MetricOrderField({ chosen, onChange, messages }: Props) {
  const rest = FIGURE_METRICS.filter((metric) => !chosen.includes(metric));
  const errorId = errorIdOf('metrics');
  const row = (metric: FigureMetric, index: number | null) => (
    <li key={metric}>
      <label className="cx-check">
        <input
          type="checkbox"
          checked={index !== null}
          {...wiring(messages, errorId)}
          onChange={(event) => onChange(toggleMetric(chosen, metric, event.target.checked))}
        />
        {metricOption(metric)}
      </label>
      {index !== null && (
        <span className="cxg-order__moves">
          <button
            type="button"
            className="cxg-icon-button"
            disabled={index === 0}
            aria-label={`Move ${FIGURE_INFO[metric].shortName} up`}
            onClick={() => onChange(moveMetric(chosen, metric, -1))}
          >
            ↑
          </button>
          <button
            type="button"
            className="cxg-icon-button"
            disabled={index === chosen.length - 1}
            aria-label={`Move ${FIGURE_INFO[metric].shortName} down`}
            onClick={() => onChange(moveMetric(chosen, metric, 1))}
          >
            ↓
          </button>
        </span>
      )}
    </li>
  );
  return (
    <Fieldset className="cxg-fieldset" legend="Metrics" hint="Tiles appear in this order.">
      <ul className="cxg-order">
        {chosen.map((metric, index) => row(metric, index))}
        {rest.map((metric) => row(metric, null))}
      </ul>
      <FieldMessageList id={errorId} messages={messages} />
    </Fieldset>
  );
}
