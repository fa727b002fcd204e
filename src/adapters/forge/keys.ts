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
  /** A ticket's facts on one day of one project (see domain/facts). */
  facts: (projectKey: string, day: string, issueId: string) => `fact:${projectKey}:${day}:${issueId}`,
  factsOfDay: (projectKey: string, day: string) => `fact:${projectKey}:${day}:`,
  /** One marker per commit that changed a day's facts: the day's aggregate must be rebuilt. */
  dirty: (projectKey: string, day: string, issueId: string, version: number) =>
    `agg:dirty:${projectKey}:${day}:${issueId}:${version}`,
  dirtyOfDay: (projectKey: string, day: string) => `agg:dirty:${projectKey}:${day}:`,
  dirtyPrefix: 'agg:dirty:',
  dayAggregate: (projectKey: string, day: string) => `agg:d:${projectKey}:${day}`,
  monthAggregate: (projectKey: string, month: string) => `agg:m:${projectKey}:${month}`,
  projectPrefix: 'res:proj:',
  project: (projectKey: string) => `res:proj:${projectKey}`,
  resolvedPrefix: 'res:day:',
} as const;
