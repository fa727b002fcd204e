/** Custom entities, declared under `app.storage.entities` in manifest.yml. */
export const ENTITIES = { ticket: 'ticket', customer: 'customer' } as const;

/**
 * The one registry of plain KVS keys. Keys must match Forge's pattern `[a-zA-Z0-9:._\s-#]+`;
 * Jira ids, project keys and ISO days all do. Gadget answers are cached under `cache:`.
 */
export const keys = {
  settings: 'settings',
  backfill: 'backfill',
  rebuild: 'rebuild',
  /** A ticket's facts on one day of one project (see domain/facts). */
  facts: (projectKey: string, day: string, issueId: string) => `fact:${projectKey}:${day}:${issueId}`,
  allFacts: 'fact:',
  factsOfDay: (projectKey: string, day: string) => `fact:${projectKey}:${day}:`,
  /** One marker per commit that changed a day's facts: the day's aggregate must be rebuilt. */
  dirty: (projectKey: string, day: string, issueId: string, version: number) =>
    `agg:dirty:${projectKey}:${day}:${issueId}:${version}`,
  /** The marker a full rebuild leaves on each day (the reason keeps it apart from commit markers). */
  rebuildMarker: (projectKey: string, day: string, reason: string) =>
    `agg:dirty:${projectKey}:${day}:rebuild:${reason.replace(/[^a-zA-Z0-9]/g, '')}`,
  dirtyOfDay: (projectKey: string, day: string) => `agg:dirty:${projectKey}:${day}:`,
  dirtyPrefix: 'agg:dirty:',
  /** A period's totals (`agg:d:`/`agg:m:`) and its breakdowns (`agg:db:`/`agg:mb:`), apart. */
  dayAggregate: (projectKey: string, day: string, part: 'totals' | 'breakdowns') =>
    `agg:${part === 'totals' ? 'd' : 'db'}:${projectKey}:${day}`,
  monthAggregate: (projectKey: string, month: string, part: 'totals' | 'breakdowns') =>
    `agg:${part === 'totals' ? 'm' : 'mb'}:${projectKey}:${month}`,
} as const;
