import { JiraServiceDesk } from '../../adapters/forge/jira-service-desk';
import { KvsSettingsStore } from '../../adapters/forge/kvs-settings-store';
import { KvsTicketStore } from '../../adapters/forge/kvs-ticket-store';

/** The adapters a handler invocation works with; built per invocation, so nothing leaks between them. */
export const surveyDeps = () => ({
  tickets: new KvsTicketStore(),
  settings: new KvsSettingsStore(),
  desk: new JiraServiceDesk(),
  now: () => new Date(),
});
