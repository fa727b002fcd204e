import { token } from '@atlaskit/tokens';
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DailyCount } from '../../../src/contract/resolvers';
import { formatDay, type DisplayPrefs } from '../../shared/format';

interface Props {
  days: DailyCount[];
  prefs: DisplayPrefs;
  /** What the chart says, for assistive technology; the table carries the details. */
  label: string;
}

const axisTick = { fill: token('color.text.subtlest', '#626F86'), fontSize: 11 };

/** Bars fill the gadget's width; the height stays fixed so the gadget does not jump as it resizes. */
export const ResolutionsChart = memo(function ResolutionsChart({ days, prefs, label }: Props) {
  return (
    <div role="img" aria-label={label} style={{ width: '100%', height: 200 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={days} margin={{ top: 4, right: 4, bottom: 0, left: -24 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={token('color.border', '#091E4224')} />
          <XAxis
            dataKey="date"
            tickFormatter={(day: string) => formatDay(day, prefs)}
            tick={axisTick}
            tickLine={false}
            axisLine={{ stroke: token('color.border', '#091E4224') }}
            minTickGap={16}
          />
          <YAxis allowDecimals={false} tick={axisTick} tickLine={false} axisLine={false} />
          <Tooltip
            cursor={{ fill: token('color.background.neutral', '#091E420F') }}
            labelFormatter={(day) => formatDay(String(day), prefs, 'long')}
            contentStyle={{
              background: token('elevation.surface.overlay', '#FFFFFF'),
              border: `1px solid ${token('color.border', '#091E4224')}`,
              color: token('color.text', '#172B4D'),
            }}
            labelStyle={{ color: token('color.text', '#172B4D') }}
          />
          <Bar
            dataKey="resolved"
            name="Resolved"
            fill={token('color.chart.brand', '#1D7AFC')}
            radius={[2, 2, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});
