import type { Fact } from '../../domain/facts/ticket-facts';

/**
 * One account the app stores anything about (a customer, an agent, whoever resolved, answered or
 * followed up), as the registry keeps it for the personal-data report.
 */
export interface RegisteredAccount {
  accountId: string;
  /**
   * ISO-8601 instant: the oldest copy of this account's data the app stored and has not refreshed
   * since. The report answers `updated` when the profile changed after it, so a name stored before
   * a change is never missed.
   */
  updatedAt: string;
  /** The display name last stored with the account (agents the figures are attributed to), if any. */
  displayName: string | null;
}

/** What the platform says about a reported account; accounts not listed need nothing. */
export interface AccountUpdate {
  accountId: string;
  status: 'closed' | 'updated';
}

/**
 * The registry of stored accounts, and the tickets that name each (written with the ticket that
 * first names it, see the ticket store), walked in id order by the report.
 */
export interface AccountRegistry {
  /** Up to `limit` accounts ordered by id, after `after` (from the first when `null`). */
  page(after: string | null, limit: number): Promise<RegisteredAccount[]>;
  get(accountId: string): Promise<RegisteredAccount | null>;
  save(account: RegisteredAccount): Promise<void>;
  /** Forgets the account: its registry entry and its own customer record (its links are gone by then). */
  remove(accountId: string): Promise<void>;
  /** Up to `limit` ids of tickets that name the account, in id order after `after`. */
  linkedIssues(accountId: string, after: string | null, limit: number): Promise<string[]>;
  /** Drops the links to these tickets (their records no longer name the account). */
  unlink(accountId: string, issueIds: readonly string[]): Promise<void>;
  /** Tickets a customer record lists from before links existed (none for other accounts). */
  legacyLinkedIssues(accountId: string): Promise<string[]>;
  /** The stored facts of a ticket on the given days (those that exist). */
  storedFacts(projectKey: string, issueId: string, days: readonly string[]): Promise<Fact[]>;
  /** Drops cached gadget answers, which may still show a name just erased or replaced. */
  dropCachedAnswers(): Promise<void>;
}

/** Work on one account that outlasts a run: its tickets are rewritten a page at a time. */
export type PendingRewrite =
  | { accountId: string; kind: 'close'; standIn: { id: string; name: string } }
  | { accountId: string; kind: 'rename'; name: string; startedAt: string; after: string | null };

/** Where the report stands between runs: one stored value, saved after every batch. */
export interface PrivacyProgress {
  /** The cycle under way: when it started and the last account whose batch was handled. */
  cycle: { startedAt: string; after: string | null } | null;
  /** When the last finished cycle started; the next starts `REPORT_CYCLE_DAYS` after it. */
  lastCycleStartedAt: string | null;
  pending: PendingRewrite[];
}

export interface PrivacyProgressStore {
  get(): Promise<PrivacyProgress>;
  save(progress: PrivacyProgress): Promise<void>;
}

/** The platform refused for now (429); the walk resumes on a later run. */
export class ReportThrottled extends Error {
  constructor(readonly retryAfterSeconds: number | null) {
    super(
      `The personal-data report is rate limited${retryAfterSeconds ? ` for ${retryAfterSeconds} s` : ''}.`,
    );
    this.name = 'ReportThrottled';
  }
}

/** The platform's personal-data report: at most `REPORT_BATCH` accounts a call. */
export interface PersonalDataReport {
  report(
    accounts: ReadonlyArray<Pick<RegisteredAccount, 'accountId' | 'updatedAt'>>,
  ): Promise<AccountUpdate[]>;
}

/**
 * At most 90 accounts per call: the limit of `POST /app/report-accounts`, which
 * `privacy.reportPersonalData` of `@forge/api` calls (its `LIMIT`; larger lists it splits and
 * sends all at once). https://developer.atlassian.com/platform/forge/runtime-reference/privacy-api/
 */
export const REPORT_BATCH = 90;
/**
 * Every stored account is reported once a week: the cycle the user privacy guide asks of apps that
 * store personal data. https://developer.atlassian.com/platform/forge/user-privacy-guidelines/
 */
export const REPORT_CYCLE_DAYS = 7;
