import { privacy } from '@forge/api';
import { kvs, Sort, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import {
  REPORT_BATCH,
  ReportThrottled,
  type AccountRegistry,
  type AccountUpdate,
  type PersonalDataReport,
  type PrivacyProgress,
  type PrivacyProgressStore,
  type RegisteredAccount,
} from '../../app/privacy/ports';
import type { Fact } from '../../domain/facts/ticket-facts';
import { customerStateSchema, linkedIssues } from '../../domain/ticket/customer-state';
import { queryPage } from './kvs-pages';
import { ENTITIES, keys } from './keys';

/** The `account` entity (manifest.yml): one per stored account, walked by its `by-account` index. */
interface AccountEntity {
  accountId: string;
  state: unknown;
}
/** The `account-link` entity: one per account and ticket naming it, found by `by-account`. */
interface LinkEntity {
  accountId: string;
  issueId: string;
}
const BY_ACCOUNT = 'by-account';

const accountStateSchema = z.object({
  updatedAt: z.iso.datetime({ offset: true }),
  displayName: z.string().nullable(),
});
const toAccount = (entity: AccountEntity): RegisteredAccount => ({
  accountId: entity.accountId,
  ...accountStateSchema.parse(entity.state),
});
const toEntity = ({ accountId, updatedAt, displayName }: RegisteredAccount): AccountEntity => ({
  accountId,
  state: { updatedAt, displayName },
});
/** `#` cannot occur in an Atlassian account id, so no account's links run into another's. */
const linkKey = (accountId: string, issueId: string) => `${accountId}#${issueId}`;

/** One write of a registration, for the ticket store to put in the ticket's own transaction. */
export interface RegistrationWrite {
  key: string;
  value: AccountEntity | LinkEntity;
  entityName: string;
}

/** What is known of some accounts' registry entries: the entry, or `null` when none is stored. */
export type RegistryEntries = ReadonlyMap<string, RegisteredAccount | null>;

/** The batch-get items that read these accounts' registry entries. */
export const registryReads = (accountIds: Iterable<string>) =>
  [...accountIds].map((key) => ({ key, entityName: ENTITIES.account }));

/**
 * The registry entries of `asked` among the items of a batch get (which may hold other entities'
 * items too): each found one, and `null` for each asked for and not found.
 */
export function registryEntries(
  asked: Iterable<string>,
  found: ReadonlyArray<{ key: string; entityName?: string; value: unknown }>,
): Map<string, RegisteredAccount | null> {
  const entries = new Map<string, RegisteredAccount | null>([...asked].map((accountId) => [accountId, null]));
  for (const { key, entityName, value } of found) {
    if (entityName === ENTITIES.account && entries.has(key))
      entries.set(key, toAccount(value as AccountEntity));
  }
  return entries;
}

/**
 * What registers the accounts a ticket names for the first time: a link from each to the ticket,
 * and the account's registry entry. An entry already stored keeps its date (the oldest copy not
 * refreshed since, see `RegisteredAccount.updatedAt`) and takes the name just seen; a new one is
 * dated `now`. Per account, one or two writes; nothing at all for a ticket that names no one new,
 * which is most commits.
 *
 * The entries are taken from `known` where the caller already read them (the ticket store reads
 * the accounts a change is expected to name in the same batch as the ticket); only the others are
 * read here, in one batch get per 25, which a well-hinted commit never needs.
 */
export async function registrationWrites(
  fresh: ReadonlyMap<string, string | null>,
  issueId: string,
  now: Date,
  known: RegistryEntries = new Map(),
): Promise<RegistrationWrite[]> {
  if (fresh.size === 0) return [];
  const unread = [...fresh.keys()].filter((accountId) => !known.has(accountId));
  const stored = new Map(known);
  for (let start = 0; start < unread.length; start += 25) {
    const batch = unread.slice(start, start + 25);
    const { successfulKeys, failedKeys } = await kvs.batchGet<AccountEntity>(registryReads(batch));
    const failure = failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
    if (failure) throw new Error(`Reading account ${failure.key} failed: ${failure.error.message}`);
    for (const [accountId, entry] of registryEntries(batch, successfulKeys)) stored.set(accountId, entry);
  }
  const writes: RegistrationWrite[] = [];
  for (const [accountId, name] of fresh) {
    writes.push({
      key: linkKey(accountId, issueId),
      value: { accountId, issueId },
      entityName: ENTITIES.accountLink,
    });
    const entry = stored.get(accountId) ?? null;
    const next: RegisteredAccount = entry
      ? { ...entry, displayName: name ?? entry.displayName }
      : { accountId, updatedAt: now.toISOString(), displayName: name };
    if (!entry || entry.displayName !== next.displayName) {
      writes.push({ key: accountId, value: toEntity(next), entityName: ENTITIES.account });
    }
  }
  return writes;
}

/** The registry and links as Forge custom entities, and the facts and cache the report rewrites. */
export class KvsAccountRegistry implements AccountRegistry {
  async page(after: string | null, limit: number): Promise<RegisteredAccount[]> {
    let query = kvs.entity<AccountEntity>(ENTITIES.account).query().index(BY_ACCOUNT);
    if (after !== null) query = query.where(WhereConditions.greaterThan(after));
    const page = await query.sort(Sort.ASC).limit(limit).getMany();
    return page.results.map(({ value }) => toAccount(value));
  }

  async get(accountId: string): Promise<RegisteredAccount | null> {
    const entity = await kvs.entity<AccountEntity>(ENTITIES.account).get(accountId);
    return entity ? toAccount(entity) : null;
  }

  async save(account: RegisteredAccount): Promise<void> {
    await kvs.entity<AccountEntity>(ENTITIES.account).set(account.accountId, toEntity(account));
  }

  async remove(accountId: string): Promise<void> {
    await kvs
      .transact()
      .delete(accountId, { entityName: ENTITIES.account })
      .delete(accountId, { entityName: ENTITIES.customer })
      .execute();
  }

  async linkedIssues(accountId: string, after: string | null, limit: number): Promise<string[]> {
    let query = kvs
      .entity<LinkEntity>(ENTITIES.accountLink)
      .query()
      .index(BY_ACCOUNT, { partition: [accountId] });
    if (after !== null) query = query.where(WhereConditions.greaterThan(after));
    const page = await query.sort(Sort.ASC).limit(limit).getMany();
    return page.results.map(({ value }) => value.issueId);
  }

  async unlink(accountId: string, issueIds: readonly string[]): Promise<void> {
    for (let start = 0; start < issueIds.length; start += 25) {
      const { failedKeys } = await kvs.batchDelete(
        issueIds
          .slice(start, start + 25)
          .map((issueId) => ({ key: linkKey(accountId, issueId), entityName: ENTITIES.accountLink })),
      );
      if (failedKeys.length > 0)
        throw new Error(`Dropping links of ${accountId} failed: ${failedKeys[0]!.error.message}`);
    }
  }

  async legacyLinkedIssues(accountId: string): Promise<string[]> {
    const customer = await kvs.entity<{ state: unknown }>(ENTITIES.customer).get(accountId);
    return customer ? linkedIssues(customerStateSchema.parse(customer.state)) : [];
  }

  async storedFacts(projectKey: string, issueId: string, days: readonly string[]): Promise<Fact[]> {
    const found: Fact[] = [];
    const unique = [...new Set(days)];
    for (let start = 0; start < unique.length; start += 25) {
      const { successfulKeys, failedKeys } = await kvs.batchGet<Fact>(
        unique.slice(start, start + 25).map((day) => ({ key: keys.facts(projectKey, day, issueId) })),
      );
      const failure = failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
      if (failure) throw new Error(`Reading ${failure.key} failed: ${failure.error.message}`);
      found.push(...successfulKeys.map(({ value }) => value));
    }
    return found;
  }

  async dropCachedAnswers(): Promise<void> {
    let cursor: string | undefined;
    do {
      const page = await queryPage<unknown>(keys.cachePrefix, cursor);
      for (let start = 0; start < page.results.length; start += 25) {
        await kvs.batchDelete(page.results.slice(start, start + 25).map(({ key }) => ({ key })));
      }
      cursor = page.nextCursor;
    } while (cursor);
  }
}

const progressSchema = z.object({
  cycle: z.object({ startedAt: z.string(), after: z.string().nullable() }).nullable(),
  lastCycleStartedAt: z.string().nullable(),
  pending: z.array(
    z.discriminatedUnion('kind', [
      z.object({
        accountId: z.string(),
        kind: z.literal('close'),
        standIn: z.object({ id: z.string(), name: z.string() }),
      }),
      z.object({
        accountId: z.string(),
        kind: z.literal('rename'),
        name: z.string(),
        startedAt: z.string(),
        after: z.string().nullable(),
      }),
    ]),
  ),
});

/** One value: the cycle's place and the rewrites under way are saved together, never apart. */
export class KvsPrivacyProgress implements PrivacyProgressStore {
  async get(): Promise<PrivacyProgress> {
    const stored = await kvs.get<unknown>(keys.privacyProgress);
    return stored === undefined
      ? { cycle: null, lastCycleStartedAt: null, pending: [] }
      : progressSchema.parse(stored);
  }

  async save(progress: PrivacyProgress): Promise<void> {
    await kvs.set(keys.privacyProgress, progress);
  }
}

const updatesSchema = z.array(z.object({ accountId: z.string(), status: z.enum(['closed', 'updated']) }));

/** The helper rejects with the fetch answer itself, of whichever `Response` class the runtime has. */
const isResponse = (value: unknown): value is Response =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { status?: unknown }).status === 'number' &&
  typeof (value as { text?: unknown }).text === 'function' &&
  typeof (value as { headers?: { get?: unknown } }).headers?.get === 'function';

/**
 * `privacy.reportPersonalData` of `@forge/api` (scope `report:personal-data`). It rejects with the
 * platform's `Response` for anything but 200 or 204; a 429 (with `Retry-After`, as the report
 * endpoint documents) becomes `ReportThrottled`, so the walk stops and resumes at a later run.
 */
export class ForgePersonalDataReport implements PersonalDataReport {
  async report(accounts: ReadonlyArray<{ accountId: string; updatedAt: string }>): Promise<AccountUpdate[]> {
    // The helper would split a longer list and send every part at once; the app sends one part.
    if (accounts.length > REPORT_BATCH) throw new Error(`At most ${REPORT_BATCH} accounts per report.`);
    try {
      return updatesSchema.parse(await privacy.reportPersonalData([...accounts]));
    } catch (error) {
      if (isResponse(error)) {
        if (error.status === 429) {
          const retryAfter = Number(error.headers.get('retry-after'));
          throw new ReportThrottled(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
        }
        throw new Error(`The personal-data report answered ${error.status}: ${await error.text()}`);
      }
      throw error;
    }
  }
}
