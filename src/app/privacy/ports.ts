/** An account the app stores personal data about, and when that data last changed. */
export interface StoredAccount {
  accountId: string;
  /** ISO-8601 instant. */
  updatedAt: string;
}

/** What the platform says about a reported account; accounts not listed need nothing. */
export interface AccountUpdate {
  accountId: string;
  status: 'closed' | 'updated';
}

/** The accounts the app stores, walked in accountId order, and the place a walk stopped. */
export interface StoredAccounts {
  /** Up to `limit` accounts ordered by id, after `after` (from the first when `null`). */
  page(after: string | null, limit: number): Promise<StoredAccount[]>;
  /** The last account handled by a walk that ran out of time, or `null` to start from the first. */
  savedCursor(): Promise<string | null>;
  saveCursor(after: string | null): Promise<void>;
  /** Deletes the account's own record, only if it is still at the version read. */
  deleteAccount(accountId: string, version: number): Promise<'deleted' | 'conflict'>;
}

/** The platform's personal-data report: at most `REPORT_BATCH` accounts a call. */
export interface PersonalDataReport {
  report(accounts: StoredAccount[]): Promise<AccountUpdate[]>;
}

/** Forge takes at most 90 accounts per report call. */
export const REPORT_BATCH = 90;
