import { token } from '@atlaskit/tokens';

export type ProgressTone = 'brand' | 'success' | 'warning' | 'danger';

interface Props {
  /** 0–100. */
  value: number;
  /** The id of the element that names the bar. */
  labelledBy: string;
  /** What a screen reader says instead of the bare percentage, e.g. "5,400 of 12,000 · 45 %". */
  valueText?: string;
  tone?: ProgressTone;
}

const FILL: Record<ProgressTone, string> = {
  brand: token('color.background.brand.bold', '#0C66E4'),
  success: token('color.background.success.bold', '#1F845A'),
  warning: token('color.background.warning.bold', '#F5CD47'),
  danger: token('color.background.danger.bold', '#C9372C'),
};

/** Whether the viewer asked for less motion (the fill then jumps instead of gliding). */
function reducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/** A determinate progress bar with its value exposed to assistive technology. */
export function ProgressBar({ value, labelledBy, valueText, tone = 'brand' }: Props) {
  const percent = Math.min(100, Math.max(0, Math.round(value)));
  return (
    <div
      role="progressbar"
      aria-labelledby={labelledBy}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
      style={{
        height: 8,
        borderRadius: 4,
        overflow: 'hidden',
        background: token('color.background.neutral', '#091E420F'),
        boxShadow: `inset 0 0 0 1px ${token('color.border', '#091E4224')}`,
      }}
    >
      <div
        style={{
          width: `${percent}%`,
          height: '100%',
          borderRadius: 4,
          background: FILL[tone],
          transition: reducedMotion() ? undefined : 'width 0.4s ease-out',
        }}
      />
    </div>
  );
}
