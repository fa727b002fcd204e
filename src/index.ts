/** The handlers named in manifest.yml, and nothing else. */
export { onIssueUpdated } from './entry/triggers/on-issue-updated';
export { sweepSurveys } from './entry/scheduled/sweep-surveys';
export { handler as resolver } from './entry/resolvers';
