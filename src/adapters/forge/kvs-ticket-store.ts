import { kvs, Sort, WhereConditions } from '@forge/kvs';
import type { TicketChange, TicketStore, Versioned } from '../../app/ports/ticket-store';
import type { TicketWithSettings } from '../../app/ports/ticket-with-settings';
import { accountsNamed, isStandIn } from '../../domain/privacy/accounts-named';
import type { CustomerState } from '../../domain/ticket/customer-state';
import { nextActionMinute, ticketStateSchema, type TicketState } from '../../domain/ticket/ticket-state';
import { atVersion, commitConditionally, type VersionCondition } from './conditional-write';
import { customerFromEntity, type CustomerEntity } from './customer-entity';
import { ENTITIES, keys } from './keys';
import { settingsOrDefaults } from './kvs-settings-store';
import {
  registrationWrites,
  registryEntries,
  registryReads,
  type RegistryEntries,
} from './kvs-personal-data';

/** Forge's most operations in one transaction. */
const TRANSACTION_OPERATIONS = 25;
/** Forge's most items in one batch get. */
const BATCH_ITEMS = 25;

/** The stored shapes of the two entities declared in manifest.yml (`app.storage.entities`). */
interface TicketEntity {
  issueId: string;
  projectKey: string;
  /** Minutes since the epoch of the latest answer, 0 when none: the drill-down's index. */
  lastAnsweredAt: number;
  nextActionAt: number;
  version: number;
  state: unknown;
}

/**
 * Tickets and customers as Forge custom entities. One read (a batch get) and one all-or-nothing
 * transaction with version conditions per change; the `by-next-action` index lets the sweeper
 * find due surveys without scanning.
 */
export class KvsTicketStore implements TicketStore, TicketWithSettings {
  /**
   * Per ticket, as of the version this store last read or wrote it (a store lives for one
   * invocation): the accounts it named, so a commit registers only the accounts it names for the
   * first time, and the registry entries read with it, so that commit need not read them again.
   */
  private readonly named = new Map<
    string,
    { version: number; accounts: Map<string, string | null>; registry: RegistryEntries }
  >();

  /**
   * One batch get: the ticket, the customer, and the registry entries of `accountsToName` (see the
   * port), which spares the commit that names them a read of its own.
   */
  async load(issueId: string, customerId?: string | null, accountsToName: readonly string[] = []) {
    const items: Array<{ key: string; entityName: string }> = [{ key: issueId, entityName: ENTITIES.ticket }];
    if (customerId) items.push({ key: customerId, entityName: ENTITIES.customer });
    // Stand-ins are never registered; past the batch's room, the commit reads what it still needs.
    const hinted = [...new Set(accountsToName)]
      .filter((accountId) => accountId !== '' && !isStandIn(accountId))
      .slice(0, BATCH_ITEMS - items.length);
    items.push(...registryReads(hinted));
    const { successfulKeys, failedKeys } = await kvs.batchGet<unknown>(items);
    const failure = failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
    if (failure) throw new Error(`Reading ${failure.key} failed: ${failure.error.message}`);
    const found = (entityName: string) =>
      successfulKeys.find((item) => item.entityName === entityName)?.value;
    const ticket = found(ENTITIES.ticket) as TicketEntity | undefined;
    const customer = found(ENTITIES.customer) as CustomerEntity | undefined;
    const state = ticket ? ticketStateSchema.parse(ticket.state) : null;
    this.named.set(issueId, {
      version: ticket?.version ?? 0,
      accounts: state ? accountsNamed(state) : new Map(),
      registry: registryEntries(hinted, successfulKeys),
    });
    return {
      ticket: state && ticket ? { value: state, version: ticket.version } : { value: null, version: 0 },
      customer: customerId ? customerFromEntity(customer) : null,
    };
  }

  /**
   * The ticket and the settings in one batch get (a batch reads "key-value pairs and/or custom
   * entities in a single request": https://developer.atlassian.com/platform/forge/rest/v1/api-group-batch/). Names no
   * accounts to register: a commit after this read loads the ticket again with its hints.
   */
  async loadWithSettings(issueId: string) {
    const { successfulKeys, failedKeys } = await kvs.batchGet<unknown>([
      { key: issueId, entityName: ENTITIES.ticket },
      { key: keys.settings },
    ]);
    const failure = failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
    if (failure) throw new Error(`Reading ${failure.key} failed: ${failure.error.message}`);
    const ticket = successfulKeys.find((item) => item.entityName === ENTITIES.ticket)?.value as
      TicketEntity | undefined;
    const stored = successfulKeys.find((item) => !item.entityName && item.key === keys.settings)?.value;
    const state = ticket ? ticketStateSchema.parse(ticket.state) : null;
    this.named.set(issueId, {
      version: ticket?.version ?? 0,
      accounts: state ? accountsNamed(state) : new Map(),
      registry: new Map(),
    });
    return {
      ticket: state && ticket ? { value: state, version: ticket.version } : { value: null, version: 0 },
      settings: settingsOrDefaults(stored),
    };
  }

  async loadCustomer(accountId: string): Promise<Versioned<CustomerState | null>> {
    return customerFromEntity(await kvs.entity<CustomerEntity>(ENTITIES.customer).get(accountId));
  }

  /** One transaction, conditioned on the versions read; see `commitConditionally` for what a refusal means. */
  async commit(change: TicketChange): Promise<'committed' | 'conflict'> {
    const ticket = change.ticket;
    const conditions: VersionCondition[] = [
      { entityName: ENTITIES.ticket, key: ticket.value.issueId, version: ticket.version },
    ];
    const transaction = kvs.transact().set<TicketEntity>(
      ticket.value.issueId,
      {
        issueId: ticket.value.issueId,
        projectKey: ticket.value.projectKey,
        lastAnsweredAt: ticket.value.answers.reduce(
          (latest, answer) => Math.max(latest, Math.floor(Date.parse(answer.answeredAt) / 60_000)),
          0,
        ),
        nextActionAt: nextActionMinute(ticket.value),
        version: ticket.version + 1,
        state: ticket.value satisfies TicketState,
      },
      { entityName: ENTITIES.ticket, conditions: atVersion<TicketEntity>(ticket.version) },
    );
    if (change.customer) {
      const customer = change.customer;
      conditions.push({
        entityName: ENTITIES.customer,
        key: customer.value.accountId,
        version: customer.version,
      });
      transaction.set<CustomerEntity>(
        customer.value.accountId,
        { accountId: customer.value.accountId, version: customer.version + 1, state: customer.value },
        { entityName: ENTITIES.customer, conditions: atVersion<CustomerEntity>(customer.version) },
      );
    }
    for (const facts of change.facts?.write ?? []) {
      transaction.set(keys.facts(facts.projectKey, facts.day, facts.issueId), facts);
    }
    for (const facts of change.facts?.remove ?? []) {
      transaction.delete(keys.facts(facts.projectKey, facts.day, facts.issueId));
    }
    const dirty = [...(change.facts?.write ?? []), ...(change.facts?.remove ?? [])];
    for (const facts of dirty) {
      transaction.set(keys.dirty(facts.projectKey, facts.day, facts.issueId, ticket.version + 1), 1);
    }
    // Accounts named for the first time are registered for the personal-data report in the same
    // transaction, so no stored record names an account the report does not know. Should they not
    // fit, they are written first: a registration without its ticket only costs a wasted check.
    const named = accountsNamed(ticket.value);
    const before = this.named.get(ticket.value.issueId);
    const current = before?.version === ticket.version ? before : null;
    const known = current?.accounts ?? new Map<string, string | null>();
    // New to this ticket, or stored with a name it did not have here before.
    const fresh = new Map(
      [...named].filter(
        ([accountId, name]) => !known.has(accountId) || (name !== null && known.get(accountId) !== name),
      ),
    );
    // Entries read with the ticket serve as they are: they were read in this same attempt, and a
    // read here would be no safer, since the transaction is not conditioned on the entries either.
    const registrations = await registrationWrites(
      fresh,
      ticket.value.issueId,
      new Date(),
      current?.registry,
    );
    const operations =
      1 +
      (change.customer ? 1 : 0) +
      (change.facts?.write.length ?? 0) +
      (change.facts?.remove.length ?? 0) +
      dirty.length;
    if (operations + registrations.length <= TRANSACTION_OPERATIONS) {
      for (const { key, value, entityName } of registrations) transaction.set(key, value, { entityName });
    } else {
      for (let start = 0; start < registrations.length; start += 25) {
        const { failedKeys } = await kvs.batchSet(registrations.slice(start, start + 25));
        if (failedKeys.length > 0)
          throw new Error(`Registering ${failedKeys[0]!.key} failed: ${failedKeys[0]!.error.message}`);
      }
    }
    const outcome = await commitConditionally(() => transaction.execute(), conditions);
    if (outcome === 'committed') {
      // The entries read before are not carried on: a later commit without a load reads its own.
      this.named.set(ticket.value.issueId, {
        version: ticket.version + 1,
        accounts: named,
        registry: new Map(),
      });
    }
    return outcome;
  }

  async dueTickets(nowMinute: number, limit: number, cursor?: string) {
    let query = kvs
      .entity<TicketEntity>(ENTITIES.ticket)
      .query()
      .index('by-next-action')
      .where(WhereConditions.between(1, nowMinute))
      .sort(Sort.ASC)
      .limit(limit);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    return { issueIds: page.results.map((result) => result.value.issueId), cursor: page.nextCursor };
  }

  async answeredBetween(projectKey: string, fromMinute: number, toMinute: number, cursor?: string) {
    let query = kvs
      .entity<TicketEntity>(ENTITIES.ticket)
      .query()
      .index('by-project-answered', { partition: [projectKey] })
      .where(WhereConditions.between(fromMinute, toMinute))
      .sort(Sort.DESC)
      .limit(50);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    return {
      tickets: page.results.map((result) => ticketStateSchema.parse(result.value.state)),
      cursor: page.nextCursor,
    };
  }
}
