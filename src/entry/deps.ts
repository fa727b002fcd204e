import { JiraServiceDesk } from '../adapters/forge/jira-service-desk';
import { KvsAggregateStore } from '../adapters/forge/kvs-aggregate-store';
import { KvsAnswerCache } from '../adapters/forge/kvs-answer-cache';
import { JiraIssueHistory } from '../adapters/forge/jira-issue-history';
import { KvsBackfillStore, QueueBackfill } from '../adapters/forge/kvs-backfill';
import { KvsRebuild } from '../adapters/forge/kvs-rebuild';
import { KvsSettingsStore } from '../adapters/forge/kvs-settings-store';
import { KvsTicketStore } from '../adapters/forge/kvs-ticket-store';
import { QueueRollups } from '../adapters/forge/queue-rollups';

/** The adapters a handler invocation works with; built per invocation, so nothing leaks between them. */
export const appDeps = () => ({
  tickets: new KvsTicketStore(),
  settings: new KvsSettingsStore(),
  desk: new JiraServiceDesk(),
  rollups: new QueueRollups(),
  aggregates: new KvsAggregateStore(),
  cache: new KvsAnswerCache(),
  backfill: new KvsBackfillStore(),
  backfillQueue: new QueueBackfill(),
  history: new JiraIssueHistory(),
  rebuild: new KvsRebuild(),
  now: () => new Date(),
});
