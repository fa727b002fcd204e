import { JiraServiceDesk } from '../../adapters/forge/jira-service-desk';
import { KvsSettingsStore } from '../../adapters/forge/kvs-settings-store';
import { KvsTicketStore } from '../../adapters/forge/kvs-ticket-store';
import { handleResolutionChange, type ResolutionOutcome } from '../../app/survey/handle-resolution-change';
import { detectResolutionChange } from '../../domain/resolution/changelog';
import { issueUpdatedEventSchema, toIssueChange } from './issue-updated-event';

/**
 * `avi:jira:updated:issue`: the manifest's filter lets only resolution changes through. A payload
 * that does not parse is logged and dropped (retrying would not change it); storage failures throw,
 * so the platform records the invocation as failed.
 */
export async function onIssueUpdated(payload: unknown): Promise<ResolutionOutcome | 'ignored'> {
  const parsed = issueUpdatedEventSchema.safeParse(payload);
  if (!parsed.success) {
    console.warn('Ignored an issue update that does not have the expected shape:', parsed.error.message);
    return 'ignored';
  }
  const event = detectResolutionChange(toIssueChange(parsed.data, new Date()));
  if (!event) return 'ignored';
  const deps = {
    tickets: new KvsTicketStore(),
    settings: new KvsSettingsStore(),
    desk: new JiraServiceDesk(),
  };
  return handleResolutionChange(deps, event, {
    reporter: parsed.data.issue.fields.reporter?.accountId ?? null,
  });
}
