import type { MetricFigure, Scorecard } from '../../../src/contract/gadgets';
import { EmptyState } from '../../shared/components/EmptyState';
import { VisuallyHidden } from '../../shared/components/VisuallyHidden';
import type { DisplayPrefs } from '../../shared/format';
import {
  CHANGE_ARROWS,
  changeDirection,
  changeVerdict,
  formatChange,
  formatInterval,
  formatTarget,
  formatValue,
  NBSP,
  sampleLabel,
  VERDICT_WORDS,
} from './format-figures';
import { countWord, figureExplanation, signedMetric } from './labels';
import { toBcp47 } from '../../shared/format';
import { windowLabel } from './window-label';
import { SourceComparison } from './SourceComparison';
import { responseRateText } from './response-rate-text';

interface Props {
  data: Scorecard;
  prefs: DisplayPrefs;
}

export function ScorecardView({ data, prefs }: Props) {
  const where = windowLabel(data.window, prefs.locale);
  if (data.tiles.length === 0 || data.tiles.every((tile) => tile.n === 0)) {
    return (
      <EmptyState title="No answers or tickets in this period">
        <p style={{ margin: 0 }}>{where}</p>
        <p style={{ margin: '4px 0 0' }}>
          Choose a longer period or more projects in the gadget&apos;s settings.
        </p>
      </EmptyState>
    );
  }
  return (
    <section className="cxg-root" aria-label="CX scorecard">
      <p className="cxg-meta">{where}</p>
      <ul className="cxg-tiles">
        {data.tiles.map((tile) => (
          <Tile key={tile.metric} figure={tile} locale={toBcp47(prefs.locale)} />
        ))}
      </ul>
      {data.bySource && <SourceComparison bySource={data.bySource} locale={toBcp47(prefs.locale)} />}
    </section>
  );
}

const STATUS = {
  met: { icon: '✓', text: 'Met' },
  missed: { icon: '✕', text: 'Missed' },
} as const;

function Tile({ figure, locale }: { figure: MetricFigure; locale: string | undefined }) {
  const options = { signed: signedMetric(figure.metric) };
  const value = formatValue(figure.value, figure.unit, options);
  const target = formatTarget(figure.target, figure.unit, options);
  const headingId = `tile-${figure.metric}`;
  return (
    <li className={`cxg-tile${figure.lowSample ? ' cxg-tile--low' : ''}`} aria-labelledby={headingId}>
      <h3
        className="cxg-tile__label"
        id={headingId}
        title={figureExplanation(figure.metric)}
        style={{ font: 'inherit', fontWeight: 600 }}
      >
        {figure.label}
      </h3>
      <p className="cxg-tile__value">
        {value}
        {figure.value === null && <VisuallyHidden> (no data)</VisuallyHidden>}
      </p>
      {figure.value !== null && figure.status !== 'none' ? (
        <p className={`cxg-status cxg-status--${figure.status}`}>
          <span aria-hidden="true">{STATUS[figure.status].icon}</span>
          <span>
            {STATUS[figure.status].text}
            {target && <span style={{ fontWeight: 400 }}> {target.replace('Target ', 'target ')}</span>}
          </span>
        </p>
      ) : (
        target && <p className="cxg-status cxg-status--none">{target}</p>
      )}
      {figure.value === null && <p>No data in this period</p>}
      <Change figure={figure} />
      {figure.change !== null && figure.changeNote && <p className="cxg-change__note">{figure.changeNote}</p>}
      <p>
        {figure.lowSample && figure.n > 0 ? (
          <span className="cxg-tag">{sampleLabel(figure.n, true, locale)}</span>
        ) : (
          sampleLabel(figure.n, false, locale)
        )}
        {figure.ci95 && (
          <>
            {' · '}
            <abbr title="95 % confidence interval" style={{ textDecoration: 'none' }}>
              95 % CI
            </abbr>{' '}
            <span className="cxg-nowrap">{formatInterval(figure.ci95, figure.unit, options)}</span>
          </>
        )}
      </p>
      {figure.detail && <p>{figure.detail}</p>}
      {figure.response && <p className="cxg-response-rate">{responseRateText(figure.response, locale)}</p>}
      {figure.components && figure.components.length > 0 && (
        <IndexComponents components={figure.components} locale={locale} />
      )}
    </li>
  );
}

/** The Experience Index's components, by name, each with its value and what is behind it. */
function IndexComponents({
  components,
  locale,
}: {
  components: NonNullable<MetricFigure['components']>;
  locale: string | undefined;
}) {
  return (
    <div className="cxg-components">
      <p style={{ margin: 0 }}>Made of:</p>
      <ul aria-label="Experience Index components">
        {components.map((component) => (
          <li key={component.name}>
            {component.name}: {Math.round(component.value)}{' '}
            <span className="cxg-nowrap">
              (n{NBSP}={NBSP}
              {new Intl.NumberFormat(locale).format(component.n)} {countWord(component.counts, component.n)}
              {component.weight !== 1 && `, weight ${component.weight}`})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Change({ figure }: { figure: MetricFigure }) {
  if (figure.change === null && figure.changeNote) return <p>{figure.changeNote}</p>;
  if (figure.change === null || figure.previous === null) {
    return figure.previous && figure.previous.n === 0 && figure.value !== null ? (
      <p>No data in the previous period</p>
    ) : null;
  }
  const direction = changeDirection(figure.change, figure.unit);
  // Said in words and colour, not only by the arrow: for time metrics a fall is the good news.
  const verdict = changeVerdict(figure.change, figure.unit);
  const previous = formatValue(figure.previous.value, figure.unit, { signed: signedMetric(figure.metric) });
  return (
    <p
      className={`cxg-change cxg-change--${verdict}`}
      title={`Previous period: ${previous} (n = ${figure.previous.n})`}
    >
      <span aria-hidden="true">{CHANGE_ARROWS[direction]} </span>
      {verdict !== 'same' && <span className="cxg-change__verdict">{VERDICT_WORDS[verdict]}: </span>}
      {formatChange(figure.change, figure.unit)}
      <span> vs previous period</span>
      <VisuallyHidden> ({previous})</VisuallyHidden>
    </p>
  );
}
