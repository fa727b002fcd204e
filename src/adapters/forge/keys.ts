/**
 * The one registry of KVS key prefixes. Keys must match Forge's pattern `[a-zA-Z0-9:._\s-#]+`;
 * Jira ids, project keys, ISO days and changelog ids all do.
 *
 * A resolution marker per project, day and changelog is written in the same transaction as the
 * ticket that records the resolution, so it exists exactly once per resolution.
 */
/** Custom entities, declared under `app.storage.entities` in manifest.yml. */
export const ENTITIES = { ticket: 'ticket', customer: 'customer' } as const;

export const keys = {
  settings: 'settings',
  resolvedOnPrefix: (projectKey: string, day: string) => `res:day:${projectKey}:${day}:`,
  resolvedOn: (projectKey: string, day: string, issueId: string, changelogId: string) =>
    `res:day:${projectKey}:${day}:${issueId}:${changelogId}`,
  projectPrefix: 'res:proj:',
  project: (projectKey: string) => `res:proj:${projectKey}`,
  resolvedPrefix: 'res:day:',
} as const;
