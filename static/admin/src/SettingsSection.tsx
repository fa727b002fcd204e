import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';
import { card, heading, text } from '../../shared/styles';

interface Props {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}

/** One titled group of settings; the heading names the region for screen-reader navigation. */
export function SettingsSection({ id, title, description, children }: Props) {
  return (
    <section aria-labelledby={`${id}-heading`} style={{ ...card, padding: token('space.200', '16px') }}>
      <h2 id={`${id}-heading`} style={{ ...heading, font: token('font.heading.small', heading.font) }}>
        {title}
      </h2>
      {description && (
        <p style={{ ...text.subtle, margin: `0 0 ${token('space.150', '12px')}` }}>{description}</p>
      )}
      <div style={{ display: 'grid', gap: token('space.200', '16px') }}>{children}</div>
    </section>
  );
}
