import { privacy } from '@forge/api';
import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import type {
  AccountUpdate,
  PersonalDataReport,
  StoredAccount,
  StoredAccounts,
} from '../../app/privacy/ports';
import { REPORT_BATCH } from '../../app/privacy/ports';
import { customerStateSchema, lastStoredAt } from '../../domain/ticket/customer-state';
import { ENTITIES } from './keys';

interface CustomerEntity {
  accountId: string;
  version: number;
  state: unknown;
}

/**
 * Where an unfinished personal-data walk stopped: the last account id handled. An account id
 * rather than the platform's opaque query cursor, which is not promised to last a week.
 */
const CURSOR_KEY = 'privacy:report:after';
/** The `customer` entity's index over `accountId` (manifest.yml), for walking every account. */
const BY_ACCOUNT = 'by-account';

const CONFLICT_CODES = new Set(['CONDITIONAL_CHECK_FAILED', 'TRANSACTION_CONFLICT']);
const isConflict = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  CONFLICT_CODES.has(String((error as { code?: unknown }).code));

/** The stored accounts are the `customer` records: one per account the app keeps anything about. */
export class KvsStoredAccounts implements StoredAccounts {
  async page(after: string | null, limit: number): Promise<StoredAccount[]> {
    let query = kvs.entity<CustomerEntity>(ENTITIES.customer).query().index(BY_ACCOUNT);
    if (after !== null) query = query.where(WhereConditions.greaterThan(after));
    const page = await query.sort(Sort.ASC).limit(limit).getMany();
    return page.results.map(({ value }) => ({
      accountId: value.accountId,
      updatedAt: lastStoredAt(customerStateSchema.parse(value.state)),
    }));
  }

  async savedCursor(): Promise<string | null> {
    return (await kvs.get<string>(CURSOR_KEY)) ?? null;
  }

  async saveCursor(after: string | null): Promise<void> {
    if (after === null) await kvs.delete(CURSOR_KEY);
    else await kvs.set(CURSOR_KEY, after);
  }

  async deleteAccount(accountId: string, version: number): Promise<'deleted' | 'conflict'> {
    try {
      await kvs
        .transact()
        .delete<CustomerEntity>(accountId, {
          entityName: ENTITIES.customer,
          conditions: new Filter<CustomerEntity>().and('version', FilterConditions.equalTo(version)),
        })
        .execute();
      return 'deleted';
    } catch (error) {
      if (isConflict(error)) return 'conflict';
      throw error;
    }
  }
}

/** `privacy.reportPersonalData` of `@forge/api` (scope `report:personal-data`). */
export class ForgePersonalDataReport implements PersonalDataReport {
  async report(accounts: StoredAccount[]): Promise<AccountUpdate[]> {
    if (accounts.length > REPORT_BATCH) throw new Error(`At most ${REPORT_BATCH} accounts per report.`);
    return privacy.reportPersonalData(accounts);
  }
}
