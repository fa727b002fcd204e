import type { ReactNode } from 'react';

/** Read by screen readers, not shown on screen. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="cx-visually-hidden">{children}</span>;
}
