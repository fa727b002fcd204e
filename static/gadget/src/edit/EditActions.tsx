import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { LiveStatus } from '../../../shared/components/LiveStatus';

interface Props {
  saving: boolean;
  saveError: string | null;
  /** Fields that need attention after a save was tried (0 before). */
  problems: number;
  onCancel: () => void;
}

/** Save and cancel, why the last save failed, and a status line a screen reader announces. */
export function EditActions({ saving, saveError, problems, onCancel }: Props) {
  return (
    <>
      {saveError && <ErrorMessage title="Not saved" error={{ code: 'UNAVAILABLE', message: saveError }} />}
      <div className="cxg-actions">
        <button type="submit" className="cx-button cx-button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="cx-button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
      <LiveStatus className="cx-visually-hidden">
        {saving
          ? 'Saving settings'
          : problems > 0
            ? `${problems === 1 ? 'One field needs' : `${problems} fields need`} attention`
            : ''}
      </LiveStatus>
    </>
  );
}
