/**
 * The one registry of KVS key prefixes. Keys must match Forge's pattern `[a-zA-Z0-9:._\s-#]+`;
 * Jira ids, project keys, ISO days and changelog ids all do.
 *
 * One key per event, written with FAIL_IF_EXISTS, makes recording idempotent and safe under
 * concurrent delivery without read-modify-write races.
 */
export const keys = {
  historyPrefix: (issueId: string) => `res:hist:${issueId}:`,
  history: (issueId: string, changelogId: string) => `res:hist:${issueId}:${changelogId}`,
  resolvedOnPrefix: (projectKey: string, day: string) => `res:day:${projectKey}:${day}:`,
  resolvedOn: (projectKey: string, day: string, issueId: string, changelogId: string) =>
    `res:day:${projectKey}:${day}:${issueId}:${changelogId}`,
  projectPrefix: 'res:proj:',
  project: (projectKey: string) => `res:proj:${projectKey}`,
  allHistoryPrefix: 'res:hist:',
} as const;
