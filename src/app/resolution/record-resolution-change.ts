import { detectResolutionChange, type IssueChange } from '../../domain/resolution/changelog';
import type { ResolutionStore } from '../ports/resolution-store';

export type RecordOutcome = 'recorded' | 'duplicate' | 'not-a-resolution-change';

/** Records a resolution or reopen carried by an issue update; redelivered updates change nothing. */
export async function recordResolutionChange(store: ResolutionStore, change: IssueChange): Promise<RecordOutcome> {
  const event = detectResolutionChange(change);
  if (!event) return 'not-a-resolution-change';
  return store.record(event);
}
