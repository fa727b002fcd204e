import type { ReactNode } from 'react';

/** The tooltip box, themed by tokens in CSS (it is HTML, so `var(--ds-…)` works here). */
export function ChartTooltip({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className="cxg-tooltip">
      <p style={{ fontWeight: 600 }}>{title}</p>
      {children}
    </div>
  );
}
