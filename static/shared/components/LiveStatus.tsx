import type { ReactNode } from 'react';

/**
 * A polite live region that stays in the page, so screen readers announce what is put into it
 * later (a region added together with its text is often not read).
 */
export function LiveStatus({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={className}>
      {children}
    </div>
  );
}
