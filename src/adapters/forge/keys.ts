/** Custom entities, declared under `app.storage.entities` in manifest.yml. */
export const ENTITIES = {
  ticket: 'ticket',
  customer: 'customer',
  /** Every account the app stores, for the personal-data report. */
  account: 'account',
  /** One per account and ticket whose record names it. */
  accountLink: 'account-link',
  /** One per NPS answer that needs a team lead's follow-up. */
  npsFollowUp: 'nps-follow-up',
} as const;

/**
 * The one registry of plain KVS keys. Keys must match Forge's pattern `[a-zA-Z0-9:._\s-#]+`;
 * Jira ids, project keys and ISO days all do. Gadget answers are cached under `cache:`.
 */
export const keys = {
  settings: 'settings',
  /** Where the personal-data report stands between runs. */
  privacyProgress: 'privacy:progress',
  /** A cached gadget answer, under the SHA-256 digest of what it answers (see the answer cache). */
  cachedAnswer: (digest: string) => `cache:${digest}`,
  cachePrefix: 'cache:',
  backfill: 'backfill',
  rebuild: 'rebuild',
  /** Up to when the hourly reconciliation has compared Jira's resolutions with the stored tickets. */
  reconciliation: 'reconcile',
  /** Resolutions of one project and month that only the reconciliation recorded (data quality). */
  recovered: (projectKey: string, month: string) => `reconcile:recovered:${projectKey}:${month}`,
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
  /**
   * A period's totals (`agg:d:`, `agg:m:` for a month) and its breakdowns (`agg:db:`, `agg:mb:`),
   * apart. Days and blocks share `agg:d:`; the site-wide values use the project key `site`.
   */
  aggregate: (projectKey: string, period: string, part: 'totals' | 'breakdowns') =>
    `agg:${period.length === 7 ? 'm' : 'd'}${part === 'totals' ? '' : 'b'}:${projectKey}:${period}`,
  /** One key per project that has aggregates: the projects the site-wide values merge. */
  project: (projectKey: string) => `agg:project:${projectKey}`,
  projectPrefix: 'agg:project:',
  /** One marker per project rebuild of a day, until the site-wide values of the day are rebuilt. */
  siteMarker: (day: string, projectKey: string, nonce: string) => `agg:sdirty:${day}:${projectKey}:${nonce}`,
  siteMarkersOfDay: (day: string) => `agg:sdirty:${day}:`,
  siteDirtyPrefix: 'agg:sdirty:',
  /** Who owns each metric, its review cadence, and where review tasks are created. */
  reviewPlan: 'review-plan',
  /** One marker per metric and review period: the review task is being made, or was (with its key). */
  reviewMarker: (metric: string, periodId: string) => `review:${metric}:${periodId}`,
  /** The app secret that signs one-click answer links (`kvs.setSecret`). */
  answerLinkKey: 'answer-link-key',
  /** The digest of the ingest endpoint's secret (`kvs.setSecret`); the secret itself is never kept. */
  ingestSecret: 'ingest-secret',
  /** The ingest sender's requests this minute and its recent outcomes (what the admin page lists). */
  ingestLog: 'ingest-log',
  /** Per service, the response time its users accept (availability samples without their own). */
  serviceThresholds: 'availability-thresholds',
  /** A customer's open self-service session in the portal (one at a time). */
  portalSession: (accountId: string) => `selfservice-session-${accountId}`,
  /** The rebuild marker of one ingest request's records on one day. */
  ingestMarker: (projectKey: string, day: string, batchId: string) =>
    `agg:dirty:${projectKey}:${day}:ingest.${batchId}`,
  /** The ServiceNow connection (instance, sign-in method, mapping); no credential. */
  serviceNowConnection: 'sn:connection',
  /** The ServiceNow credentials, an app secret (`kvs.setSecret`). */
  serviceNowCredentials: 'sn:credentials',
  /** Where the ServiceNow sync stands: each table's watermark, progress, last error. */
  serviceNowSync: 'sn:sync',
  /** One ServiceNow ticket as the connector keeps it (row, SLA rows, survey results). */
  serviceNowTicket: (sysId: string) => `sn:t:${sysId}`,
  /** The rebuild marker of one stored ServiceNow page on one day. */
  serviceNowMarker: (projectKey: string, day: string, pageId: string) =>
    `agg:dirty:${projectKey}:${day}:sn.${pageId}`,
} as const;
