import { KvsResolutionStore } from '../../adapters/forge/kvs-resolution-store';
import { recordResolutionChange, type RecordOutcome } from '../../app/resolution/record-resolution-change';
import { issueUpdatedEventSchema, toIssueChange } from './issue-updated-event';

/**
 * `avi:jira:updated:issue`: the manifest's filter lets only resolution changes through. A payload
 * that does not parse is logged and dropped (retrying would not change it); storage failures throw,
 * so the platform records the invocation as failed.
 */
export async function onIssueUpdated(event: unknown): Promise<RecordOutcome | 'ignored'> {
  const parsed = issueUpdatedEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn('Ignored an issue update that does not have the expected shape:', parsed.error.message);
    return 'ignored';
  }
  return recordResolutionChange(new KvsResolutionStore(), toIssueChange(parsed.data, new Date()));
}
