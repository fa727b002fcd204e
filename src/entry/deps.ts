import { JiraServiceDesk } from '../adapters/forge/jira-service-desk';
import { KvsAggregateStore } from '../adapters/forge/kvs-aggregate-store';
import { KvsAnswerCache } from '../adapters/forge/kvs-answer-cache';
import { JiraIssueHistory } from '../adapters/forge/jira-issue-history';
import { KvsBackfillStore, QueueBackfill } from '../adapters/forge/kvs-backfill';
import { KvsRebuild } from '../adapters/forge/kvs-rebuild';
import { KvsReviewPlanStore } from '../adapters/forge/kvs-review-plan';
import { JiraReviewTasks } from '../adapters/forge/jira-review-tasks';
import { KvsReconciliationStore } from '../adapters/forge/kvs-reconciliation';
import { KvsSettingsStore } from '../adapters/forge/kvs-settings-store';
import { KvsTicketStore } from '../adapters/forge/kvs-ticket-store';
import { QueueRollups } from '../adapters/forge/queue-rollups';
import { WebTriggerAnswerPageUrl } from '../adapters/forge/answer-page-url';
import { KvsAnswerLinkKeys } from '../adapters/forge/kvs-answer-link-keys';

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
  reviewPlan: new KvsReviewPlanStore(),
  reviewTasks: new JiraReviewTasks(),
  recoveries: new KvsReconciliationStore(),
  answerLinks: { keys: new KvsAnswerLinkKeys(), pageUrl: new WebTriggerAnswerPageUrl() },
  now: () => new Date(),
});
