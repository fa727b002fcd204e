/**
 * Shared inline styles built from design tokens. `token()` yields `var(--ds-…, fallback)`, so
 * colours follow the host's light or dark theme and fall back to the light value if theming is off.
 */
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

export const text = {
  body: { color: token('color.text', '#172B4D') },
  subtle: { color: token('color.text.subtle', '#44546F') },
  subtlest: { color: token('color.text.subtlest', '#626F86') },
} satisfies Record<string, CSSProperties>;

export const heading: CSSProperties = {
  font: token('font.heading.xsmall', 'normal 600 14px/16px ui-sans-serif, system-ui, sans-serif'),
  color: token('color.text', '#172B4D'),
  margin: `0 0 ${token('space.100', '8px')}`,
};

export const stack = (gap: Parameters<typeof token>[0] = 'space.100'): CSSProperties => ({
  display: 'flex',
  flexDirection: 'column',
  gap: token(gap),
});

export const card: CSSProperties = {
  border: `${token('border.width', '1px')} solid ${token('color.border', '#091E4224')}`,
  borderRadius: token('radius.small', '4px'),
  padding: token('space.150', '12px'),
  background: token('elevation.surface', '#FFFFFF'),
};

export type LozengeTone = 'success' | 'neutral' | 'information' | 'warning' | 'danger' | 'discovery';

export const lozenge = (tone: LozengeTone): CSSProperties => {
  const tones = {
    success: [token('color.background.success', '#DCFFF1'), token('color.text.success', '#216E4E')],
    neutral: [token('color.background.neutral', '#091E420F'), token('color.text.subtle', '#44546F')],
    information: [
      token('color.background.information', '#E9F2FF'),
      token('color.text.information', '#0055CC'),
    ],
    warning: [token('color.background.warning', '#FFF7D6'), token('color.text.warning', '#A54800')],
    danger: [token('color.background.danger', '#FFECEB'), token('color.text.danger', '#AE2E24')],
    discovery: [token('color.background.discovery', '#F3F0FF'), token('color.text.discovery', '#5E4DB2')],
  } as const;
  const [background, color] = tones[tone];
  return {
    display: 'inline-block',
    padding: `0 ${token('space.050', '4px')}`,
    borderRadius: token('radius.small', '3px'),
    background,
    color,
    font: token('font.body.small', 'normal 400 11px/16px ui-sans-serif, system-ui, sans-serif'),
    fontWeight: 700,
    textTransform: 'uppercase',
  };
};
