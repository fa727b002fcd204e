import { token } from '@atlaskit/tokens';

/** The charts' colours as tokens; `useTokenColors` resolves them for the current light or dark theme. */
export const CHART_TOKENS = {
  series: token('color.chart.brand', '#357DE8'),
  target: token('color.chart.discovery.bold', '#803FA5'),
  axis: token('color.text.subtlest', '#6B6E76'),
  text: token('color.text', '#172B4D'),
  grid: token('color.border', '#0B120E24'),
  surface: token('elevation.surface', '#FFFFFF'),
  overlay: token('elevation.surface.overlay', '#FFFFFF'),
  cursor: token('color.background.neutral', '#0515240F'),
  detractor: token('color.chart.red.bold', '#F15B50'),
  passive: token('color.chart.yellow.bold', '#B38600'),
  promoter: token('color.chart.green.bold', '#22A06B'),
};
