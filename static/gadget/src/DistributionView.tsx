import { memo, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { Distribution } from '../../../src/contract/gadgets';
import { EmptyState } from '../../shared/components/EmptyState';
import { toBcp47, type DisplayPrefs } from '../../shared/format';
import { useTokenColors } from '../../shared/token-colors';
import { CHART_TOKENS } from './chart-colors';
import { ChartTooltip } from './ChartTooltip';
import { bandTotals, distributionBars, NPS_BANDS, type DistributionBar, type NpsBand } from './distribution';
import { formatValue, NBSP, sampleLabel } from './format-figures';
import { DISTRIBUTION_SCALES } from './labels';
import { ChartOrTable } from './TableToggle';
import { windowLabel } from './window-label';

interface Props {
  data: Distribution;
  prefs: DisplayPrefs;
}

const percent = (value: number) => formatValue(value, 'percent');
const BAND_LABEL: Record<NpsBand, string> = {
  detractor: 'Detractor',
  passive: 'Passive',
  promoter: 'Promoter',
};

export function DistributionView({ data, prefs }: Props) {
  const bars = useMemo(() => distributionBars(data), [data]);
  const locale = toBcp47(prefs.locale);
  const where = windowLabel(data.window, prefs.locale);
  const scale = DISTRIBUTION_SCALES[data.metric];
  const title = `${data.label}: answers by score`;
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  if (data.n === 0 || total === 0) {
    return (
      <EmptyState title={`No ${data.label} answers in this period`}>
        <p style={{ margin: 0 }}>{where}</p>
      </EmptyState>
    );
  }
  const bands = data.metric === 'nps' ? bandTotals(bars) : null;
  const mode = bars.reduce((best, bar) => (bar.count > best.count ? bar : best));
  const summary =
    `${title}, ${where}, ${sampleLabel(data.n, false, locale)}. ` +
    `Scale ${scale.min} (${scale.low}) to ${scale.max} (${scale.high}); most answered ${mode.score} (${percent(mode.percent)}).` +
    (bands
      ? ` ${NPS_BANDS.map(({ band, label }) => `${label} ${percent(bands[band].percent)}`).join(', ')}.`
      : '');
  return (
    <figure className="cxg-root" style={{ margin: 0 }}>
      <figcaption>
        <p className="cxg-title">{title}</p>
        <p className="cxg-meta">
          {where} · {sampleLabel(data.n, data.n < 30, locale)} · {scale.min} = {scale.low}, {scale.max} ={' '}
          {scale.high}
        </p>
      </figcaption>
      <ChartOrTable
        chart={<DistributionChart bars={bars} summary={summary} nps={bands !== null} label={data.label} />}
        table={<DistributionTable bars={bars} title={title} nps={bands !== null} locale={locale} />}
      />
      {bands && (
        <ul className="cxg-legend" aria-label="NPS bands">
          {NPS_BANDS.map(({ band, label, range }) => (
            <li key={band}>
              <BandSwatch band={band} />
              <span>
                <strong>{label}</strong> ({range}): {percent(bands[band].percent)} · {bands[band].count}
              </span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/** Each band has its own colour and its own mark (solid, striped, outlined), so colour is never the only cue. */
function BandSwatch({ band }: { band: NpsBand }) {
  const colors = useTokenColors(CHART_TOKENS);
  const color = colors[band];
  const style =
    band === 'promoter'
      ? { background: color }
      : band === 'passive'
        ? {
            background: `repeating-linear-gradient(135deg, ${color} 0 3px, transparent 3px 5px)`,
            border: `1px solid ${color}`,
          }
        : { border: `2px solid ${color}`, background: `color-mix(in srgb, ${color} 35%, transparent)` };
  return <span className="cxg-swatch" aria-hidden="true" style={{ ...style, boxSizing: 'border-box' }} />;
}

const DistributionChart = memo(function DistributionChart({
  bars,
  summary,
  nps,
  label,
}: {
  bars: DistributionBar[];
  summary: string;
  nps: boolean;
  label: string;
}) {
  const colors = useTokenColors(CHART_TOKENS);
  const axisTick = { fill: colors.axis, fontSize: 11 };
  const patternId = 'cxg-passive-stripes';
  const fillOf = (bar: DistributionBar) =>
    bar.band === 'passive' ? `url(#${patternId})` : bar.band ? colors[bar.band] : colors.series;
  return (
    <div className="cxg-chart" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} margin={{ top: 18, right: 4, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <defs>
            <pattern
              id={patternId}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill={colors.passive} fillOpacity={0.35} />
              <rect width="3" height="6" fill={colors.passive} />
            </pattern>
          </defs>
          <CartesianGrid vertical={false} stroke={colors.grid} />
          <XAxis
            dataKey="score"
            tick={axisTick}
            tickLine={false}
            axisLine={{ stroke: colors.grid }}
            interval={0}
          />
          <YAxis allowDecimals={false} tick={axisTick} tickLine={false} axisLine={false} width={40} />
          <Tooltip
            cursor={{ fill: colors.cursor }}
            content={(props: TooltipContentProps) => (
              <DistributionTooltip {...props} label={label} nps={nps} />
            )}
          />
          <Bar dataKey="count" name="Answers" radius={[2, 2, 0, 0]} isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell
                key={bar.score}
                fill={fillOf(bar)}
                stroke={bar.band ? colors[bar.band] : colors.series}
                strokeWidth={bar.band === 'detractor' ? 2 : 0}
                fillOpacity={bar.band === 'detractor' ? 0.45 : 1}
              />
            ))}
            <LabelList
              dataKey="percent"
              position="top"
              fill={colors.axis}
              fontSize={10}
              formatter={(value: unknown) =>
                typeof value === 'number' ? `${Math.round(value)}${NBSP}%` : ''
              }
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});

function DistributionTooltip({
  active,
  payload,
  label,
  nps,
}: TooltipContentProps & { label: string; nps: boolean }) {
  const bar = payload?.[0]?.payload as DistributionBar | undefined;
  if (!active || !bar) return null;
  return (
    <ChartTooltip title={`${label} ${bar.score}${nps && bar.band ? ` · ${BAND_LABEL[bar.band]}` : ''}`}>
      <p>
        {bar.count} {bar.count === 1 ? 'answer' : 'answers'} · {percent(bar.percent)}
      </p>
    </ChartTooltip>
  );
}

function DistributionTable({
  bars,
  title,
  nps,
  locale,
}: {
  bars: DistributionBar[];
  title: string;
  nps: boolean;
  locale: string | undefined;
}) {
  const number = new Intl.NumberFormat(locale);
  return (
    <table className="cx-table cxg-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Score</th>
          {nps && <th scope="col">Band</th>}
          <th scope="col" className="cx-number">
            Answers
          </th>
          <th scope="col" className="cx-number">
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.score}>
            <th scope="row" style={{ fontWeight: 400 }}>
              {bar.score}
            </th>
            {nps && <td>{bar.band ? BAND_LABEL[bar.band] : ''}</td>}
            <td className="cx-number">{number.format(bar.count)}</td>
            <td className="cx-number">{percent(bar.percent)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
