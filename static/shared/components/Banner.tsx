import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';

export type BannerTone = 'success' | 'warning' | 'danger' | 'information';

interface Props {
  tone: BannerTone;
  title?: string;
  /** `alert` interrupts a screen reader (errors); `status` waits politely; none for static notes. */
  role?: 'alert' | 'status';
  children?: ReactNode;
}

const TONES: Record<BannerTone, { border: string; background: string }> = {
  success: {
    border: token('color.border.success', '#22A06B'),
    background: token('color.background.success', '#DCFFF1'),
  },
  warning: {
    border: token('color.border.warning', '#E56910'),
    background: token('color.background.warning', '#FFF7D6'),
  },
  danger: {
    border: token('color.border.danger', '#E2483D'),
    background: token('color.background.danger', '#FFECEB'),
  },
  information: {
    border: token('color.border.information', '#1D7AFC'),
    background: token('color.background.information', '#E9F2FF'),
  },
};

/** A message block with a coloured edge; the tone is also carried by the title, never by colour alone. */
export function Banner({ tone, title, role, children }: Props) {
  const { border, background } = TONES[tone];
  return (
    <div
      role={role}
      style={{
        borderLeft: `${token('border.width.selected', '2px')} solid ${border}`,
        background,
        color: token('color.text', '#172B4D'),
        padding: `${token('space.100', '8px')} ${token('space.150', '12px')}`,
        borderRadius: token('radius.small', '3px'),
      }}
    >
      {title && <p style={{ margin: 0, fontWeight: 600 }}>{title}</p>}
      {children && <div style={{ marginTop: title ? token('space.050', '4px') : 0 }}>{children}</div>}
    </div>
  );
}
