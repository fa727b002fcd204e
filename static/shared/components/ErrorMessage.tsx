import { token } from '@atlaskit/tokens';
import type { ResolverError } from '../../../src/contract/envelope';

interface Props {
  error: ResolverError;
  title?: string;
  onRetry?: () => void;
  /** The retry button's words, for a page in another language. */
  retryLabel?: string;
}

/** An alert with the failure's own message, and a retry when the caller can offer one. */
export function ErrorMessage({
  error,
  title = 'Something went wrong',
  onRetry,
  retryLabel = 'Try again',
}: Props) {
  return (
    <div
      role="alert"
      style={{
        borderLeft: `${token('border.width.selected', '2px')} solid ${token('color.border.danger', '#E2483D')}`,
        background: token('color.background.danger', '#FFECEB'),
        color: token('color.text', '#172B4D'),
        padding: `${token('space.100', '8px')} ${token('space.150', '12px')}`,
        borderRadius: token('radius.small', '3px'),
      }}
    >
      <p style={{ margin: 0, fontWeight: 600 }}>{title}</p>
      <p style={{ margin: `${token('space.050', '4px')} 0 0` }}>{error.message}</p>
      {onRetry && (
        <button
          type="button"
          className="cx-button"
          onClick={onRetry}
          style={{ marginTop: token('space.100', '8px') }}
        >
          {retryLabel}
        </button>
      )}
    </div>
  );
}
