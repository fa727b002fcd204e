import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  children?: ReactNode;
}

export function EmptyState({ title, children }: Props) {
  return (
    <div
      style={{
        textAlign: 'center',
        padding: `${token('space.300', '24px')} ${token('space.200', '16px')}`,
        color: token('color.text.subtle', '#44546F'),
      }}
    >
      <p style={{ margin: 0, fontWeight: 600, color: token('color.text', '#172B4D') }}>{title}</p>
      {children && <div style={{ marginTop: token('space.100', '8px') }}>{children}</div>}
    </div>
  );
}
