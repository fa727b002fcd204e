import { memo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type TooltipContentProps,
} from 'recharts';
import type { Trend, TrendPoint } from '../../../src/contract/gadgets';
import { EmptyState } from '../../shared/components/EmptyState';
import { toBcp47, type DisplayPrefs } from '../../shared/format';
import { useTokenColors } from '../../shared/token-colors';
import { CHART_TOKENS } from './chart-colors';
import { ChartTooltip } from './ChartTooltip';
import {
  durationTicks,
  formatInterval,
  formatTarget,
  formatTick,
  formatValue,
  sampleLabel,
} from './format-figures';
import { INTERVAL_LABELS, signedMetric } from './labels';
import { ChartOrTable } from './TableToggle';
import { windowLabel } from './window-label';
import { responseRateCell, responseRateText } from './response-rate-text';

interface Props {
  data: Trend;
  prefs: DisplayPrefs;
}

/** The y-axis range: whole scales for shares and scores, from zero for durations; the target always shows. */
export function trendDomain(trend: Pick<Trend, 'unit' | 'metric'>): [number | 'auto', number | 'auto'] {
  if (trend.unit === 'percent') return [0, 100];
  if (trend.unit === 'score') return trend.metric === 'nps' ? [-100, 100] : [0, 100];
  return [0, 'auto'];
}

/**
 * A duration trend's y-axis in one unit: round ticks from zero past the largest point or the
 * target, all counted in minutes (or seconds, hours, days); `null` for shares and scores.
 */
export function durationAxis(trend: Pick<Trend, 'unit' | 'points' | 'target'>) {
  if (trend.unit !== 'seconds') return null;
  const largest = Math.max(0, trend.target ?? 0, ...trend.points.map((point) => point.value ?? 0));
  return durationTicks(largest);
}

export function TrendView({ data, prefs }: Props) {
  const where = windowLabel(data.window, prefs.locale);
  const locale = toBcp47(prefs.locale);
  const options = { signed: signedMetric(data.metric) };
  const target = formatTarget(data.target, data.unit, options);
  const title = `${data.label} by ${INTERVAL_LABELS[data.interval].toLowerCase()}`;
  if (data.points.length === 0 || data.points.every((point) => point.n === 0)) {
    return (
      <EmptyState title={`No ${data.label} data in this period`}>
        <p style={{ margin: 0 }}>{where}</p>
      </EmptyState>
    );
  }
  const withData = data.points.filter((point) => point.value !== null);
  const latest = withData[withData.length - 1];
  const summary =
    `${title}, ${where}.` +
    (target ? ` ${target}.` : '') +
    (latest
      ? ` Latest: ${formatValue(latest.value, data.unit, options)} (${latest.label}, n = ${latest.n}).`
      : '');
  return (
    <figure className="cxg-root" style={{ margin: 0 }}>
      <figcaption>
        <p className="cxg-title">{title}</p>
        <p className="cxg-meta">
          {where}
          {target ? ` · ${target}` : ''}
        </p>
      </figcaption>
      <ChartOrTable
        chart={<TrendChart data={data} summary={summary} />}
        table={<TrendTable data={data} title={title} locale={locale} />}
      />
    </figure>
  );
}

const TrendChart = memo(function TrendChart({ data, summary }: { data: Trend; summary: string }) {
  const colors = useTokenColors(CHART_TOKENS);
  const options = { signed: signedMetric(data.metric) };
  const anyLow = data.points.some((point) => point.lowSample && point.value !== null);
  const axisTick = { fill: colors.axis, fontSize: 11 };
  const durations = durationAxis(data);
  const renderDot = (props: DotItemDotProps) => {
    const point = props.payload as TrendPoint;
    const { cx, cy } = props;
    if (point.value === null || typeof cx !== 'number' || typeof cy !== 'number')
      return <g key={`dot-${props.index}`} />;
    return point.lowSample ? (
      <circle
        key={`dot-${props.index}`}
        cx={cx}
        cy={cy}
        r={4}
        fill={colors.surface}
        stroke={colors.series}
        strokeWidth={2}
        strokeOpacity={0.6}
      />
    ) : (
      <circle
        key={`dot-${props.index}`}
        cx={cx}
        cy={cy}
        r={3.5}
        fill={colors.series}
        stroke={colors.series}
      />
    );
  };
  return (
    <>
      <div className="cxg-chart" role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={data.points}
            margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} stroke={colors.grid} />
            <XAxis
              dataKey="label"
              tick={axisTick}
              tickLine={false}
              axisLine={{ stroke: colors.grid }}
              minTickGap={12}
              interval="preserveStartEnd"
            />
            <YAxis
              domain={durations ? [0, durations.ticks[durations.ticks.length - 1]!] : trendDomain(data)}
              ticks={durations?.ticks}
              tick={axisTick}
              tickLine={false}
              axisLine={false}
              width={52}
              tickFormatter={(value: number) => formatTick(value, data.unit, options, durations?.axisUnit)}
            />
            {data.target !== null && (
              <ReferenceLine
                y={data.target}
                stroke={colors.target}
                strokeDasharray="6 4"
                strokeWidth={1.5}
                ifOverflow="extendDomain"
              />
            )}
            <Tooltip
              cursor={{ stroke: colors.grid }}
              content={(props: TooltipContentProps) => <TrendTooltip {...props} data={data} />}
            />
            <Line
              type="monotone"
              dataKey="value"
              name={data.label}
              stroke={colors.series}
              strokeWidth={2}
              dot={renderDot}
              activeDot={{ r: 5, fill: colors.series, stroke: colors.surface }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ul className="cxg-legend" aria-hidden="true">
        <li>
          <span className="cxg-swatch" style={{ background: colors.series, height: 3 }} />
          {data.label}
        </li>
        {data.target !== null && (
          <li style={{ color: colors.target }}>
            <span className="cxg-swatch cxg-swatch--line" />
            <span style={{ color: 'var(--ds-text-subtle, #44546f)' }}>
              Target {formatValue(data.target, data.unit, { signed: signedMetric(data.metric) })}
            </span>
          </li>
        )}
        {anyLow && (
          <li>
            <span className="cxg-swatch cxg-swatch--hollow" style={{ color: colors.series }} />
            Fewer than 30 answers (indicative)
          </li>
        )}
      </ul>
    </>
  );
});

function TrendTooltip({ active, payload, data }: TooltipContentProps & { data: Trend }) {
  const point = payload?.[0]?.payload as TrendPoint | undefined;
  if (!active || !point) return null;
  const options = { signed: signedMetric(data.metric) };
  return (
    <ChartTooltip title={point.label}>
      <p>
        {data.label}: {formatValue(point.value, data.unit, options)}
      </p>
      <p>{sampleLabel(point.n, point.lowSample && point.n > 0)}</p>
      {point.ci95 && <p>95 % CI {formatInterval(point.ci95, data.unit, options)}</p>}
      {point.response && <p>{responseRateText(point.response)}</p>}
    </ChartTooltip>
  );
}

function TrendTable({ data, title, locale }: { data: Trend; title: string; locale: string | undefined }) {
  const options = { signed: signedMetric(data.metric) };
  const number = new Intl.NumberFormat(locale);
  const withRates = data.points.some((point) => point.response);
  return (
    <table className="cx-table cxg-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{INTERVAL_LABELS[data.interval]}</th>
          <th scope="col" className="cx-number">
            {data.label}
          </th>
          <th scope="col" className="cx-number">
            n
          </th>
          <th scope="col" className="cx-number">
            95 % CI
          </th>
          {withRates && (
            <th scope="col" className="cx-number">
              Response rate
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {data.points.map((point) => (
          <tr key={point.start} className={point.lowSample ? 'cxg-row--low' : undefined}>
            <th scope="row" style={{ fontWeight: 400 }}>
              <time dateTime={point.start}>{point.label}</time>
            </th>
            <td className="cx-number">
              {formatValue(point.value, data.unit, options)}
              {point.lowSample && point.n > 0 && ' (indicative)'}
            </td>
            <td className="cx-number">{number.format(point.n)}</td>
            <td className="cx-number">{formatInterval(point.ci95, data.unit, options)}</td>
            {withRates && <td className="cx-number">{responseRateCell(point.response, locale)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
