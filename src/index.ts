/** The handlers named in manifest.yml, and nothing else. */
export { onIssueUpdated } from './entry/triggers/on-issue-updated';
export { onIssueActivity } from './entry/triggers/on-issue-activity';
export { fiveMinuteTick } from './entry/scheduled/five-minute-tick';
export { reconcileResolutions } from './entry/scheduled/reconcile-resolutions';
export { rollupAggregates } from './entry/consumers/rollup-aggregates';
export { importHistory } from './entry/consumers/import-history';
export { syncServiceNow } from './entry/consumers/sync-servicenow';
export { rebuildAggregates } from './entry/consumers/rebuild-aggregates';
export { handler as resolver } from './entry/resolvers';
export { reportPersonalData } from './entry/scheduled/report-personal-data';
export { answerPage } from './entry/webtriggers/answer-page';
export { ingestRecordsTrigger } from './entry/webtriggers/ingest-records';
