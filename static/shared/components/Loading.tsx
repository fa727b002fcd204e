import { token } from '@atlaskit/tokens';

/** A polite live region: screen readers hear the label once, without interrupting. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ display: 'flex', alignItems: 'center', gap: token('space.100', '8px') }}
    >
      <svg
        className="cx-spinner"
        width="16"
        height="16"
        viewBox="0 0 16 16"
        aria-hidden="true"
        focusable="false"
      >
        <circle
          cx="8"
          cy="8"
          r="6"
          fill="none"
          strokeWidth="2"
          strokeDasharray="28"
          strokeDashoffset="10"
          style={{ stroke: token('color.icon.subtle', '#626F86') }}
        />
      </svg>
      <span style={{ color: token('color.text.subtle', '#44546F') }}>{label}</span>
    </div>
  );
}
