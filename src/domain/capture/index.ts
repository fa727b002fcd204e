/** Ticket-fact capture and backfill planning: pure, no I/O. */
export * from './backfill-jql';
export * from './backfill-progress';
export * from './changelog-observation';
export * from './comment-observation';
export * from './comment-role';
export * from './issue-observation';
export * from './jira-shapes';
export * from './jira-time';
export * from './jsm-feedback';
export * from './merge-observations';
export * from './observation';
export * from './rate-pacing';
export * from './ticket-kind';
export * from './ticket-record-from';
export * from './ticket-record-of';
export * from './worklog-observation';
