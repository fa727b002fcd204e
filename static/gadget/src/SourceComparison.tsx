import type { Scorecard } from '../../../src/contract/gadgets';
import { formatValue, sampleLabel } from './format-figures';
import { signedMetric } from './labels';

interface Props {
  bySource: NonNullable<Scorecard['bySource']>;
  locale: string | undefined;
}

/**
 * JSM and ServiceNow side by side: one row per scorecard metric, one column per desk, each value
 * with the n behind it, so two desks on one scale read at a glance.
 */
export function SourceComparison({ bySource, locale }: Props) {
  const [first] = bySource;
  if (!first || bySource.length < 2) return null;
  return (
    <table className="cxg-sources" aria-label="By source">
      <caption className="cxg-meta">By source</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          {bySource.map((group) => (
            <th scope="col" key={group.source}>
              {group.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {first.tiles.map((tile, index) => (
          <tr key={tile.metric}>
            <th scope="row">{tile.label}</th>
            {bySource.map((group) => {
              const figure = group.tiles[index]!;
              return (
                <td key={group.source}>
                  <span className="cxg-nowrap">
                    {formatValue(figure.value, figure.unit, { signed: signedMetric(figure.metric) })}
                  </span>{' '}
                  <span className="cxg-tag">{sampleLabel(figure.n, figure.lowSample, locale)}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
