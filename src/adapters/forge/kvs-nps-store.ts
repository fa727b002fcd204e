import { kvs, Sort, WhereConditions } from '@forge/kvs';
import type { NpsChange, NpsStore } from '../../app/nps/ports';
import type { Versioned } from '../../app/ports/ticket-store';
import { npsFollowUpSchema, type NpsFollowUp } from '../../domain/nps/nps-follow-up';
import { ticketStateSchema, type TicketState } from '../../domain/ticket/ticket-state';
import { defaultSettings } from '../../domain/settings/default-settings';
import { parseSettings } from '../../domain/settings/parse-settings';
import { atVersion, commitConditionally, type VersionCondition } from './conditional-write';
import { customerFromEntity, type CustomerEntity } from './customer-entity';
import { ENTITIES, keys } from './keys';

interface FollowUpEntity {
  id: string;
  /** Minutes since the epoch of the answer: the list's index. */
  createdAt: number;
  version: number;
  state: unknown;
}

const followUpEntity = (followUp: Versioned<NpsFollowUp>): FollowUpEntity => ({
  id: followUp.value.id,
  createdAt: Math.floor(Date.parse(followUp.value.createdAt) / 60_000),
  version: followUp.version + 1,
  state: followUp.value,
});

/**
 * The relationship survey on Forge storage: the person's cycle lives on their `customer` entity
 * (the eligibility check is that one read), follow-ups in the `nps-follow-up` entity, indexed by
 * the answer's minute for the list. An answer is one transaction: the customer at the version
 * read (two tabs answering at once: one commits, the other conflicts and finds the cycle
 * answered), the cycle's facts with their rebuild markers, and the follow-up, which must not exist.
 */
export class KvsNpsStore implements NpsStore {
  async loadForPrompt(accountId: string) {
    const { successfulKeys, failedKeys } = await kvs.batchGet<unknown>([
      { key: keys.settings },
      { key: accountId, entityName: ENTITIES.customer },
    ]);
    const failure = failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
    if (failure) throw new Error(`Reading ${failure.key} failed: ${failure.error.message}`);
    const stored = successfulKeys.find((item) => !item.entityName)?.value;
    const parsed = parseSettings(stored);
    if (!parsed.ok) console.warn('Stored settings are invalid; NPS uses the defaults.');
    return {
      settings: parsed.ok ? parsed.settings : defaultSettings(),
      customer: customerFromEntity(
        successfulKeys.find((item) => item.entityName === ENTITIES.customer)?.value as
          CustomerEntity | undefined,
      ),
    };
  }

  async loadWithAnchor(accountId: string, issueId: string) {
    const { successfulKeys, failedKeys } = await kvs.batchGet<unknown>([
      { key: accountId, entityName: ENTITIES.customer },
      { key: issueId, entityName: ENTITIES.ticket },
    ]);
    const failure = failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
    if (failure) throw new Error(`Reading ${failure.key} failed: ${failure.error.message}`);
    const found = (entityName: string) =>
      successfulKeys.find((item) => item.entityName === entityName)?.value;
    const ticket = found(ENTITIES.ticket) as { state: unknown } | undefined;
    return {
      customer: customerFromEntity(found(ENTITIES.customer) as CustomerEntity | undefined),
      anchor: ticket ? (ticketStateSchema.parse(ticket.state) satisfies TicketState) : null,
    };
  }

  async commit(change: NpsChange): Promise<'committed' | 'conflict'> {
    const { customer, facts, followUp } = change;
    const conditions: VersionCondition[] = [
      { entityName: ENTITIES.customer, key: customer.value.accountId, version: customer.version },
    ];
    const transaction = kvs
      .transact()
      .set<CustomerEntity>(
        customer.value.accountId,
        { accountId: customer.value.accountId, version: customer.version + 1, state: customer.value },
        { entityName: ENTITIES.customer, conditions: atVersion<CustomerEntity>(customer.version) },
      );
    for (const fact of facts) {
      transaction.set(keys.facts(fact.projectKey, fact.day, fact.issueId), fact);
      transaction.set(keys.dirty(fact.projectKey, fact.day, fact.issueId, customer.version + 1), 1);
    }
    if (followUp) {
      conditions.push({
        entityName: ENTITIES.npsFollowUp,
        key: followUp.value.id,
        version: followUp.version,
      });
      transaction.set<FollowUpEntity>(followUp.value.id, followUpEntity(followUp), {
        entityName: ENTITIES.npsFollowUp,
        conditions: atVersion<FollowUpEntity>(followUp.version),
      });
    }
    return commitConditionally(() => transaction.execute(), conditions);
  }

  async loadFollowUp(id: string): Promise<Versioned<NpsFollowUp | null>> {
    const entity = await kvs.entity<FollowUpEntity>(ENTITIES.npsFollowUp).get(id);
    return entity
      ? { value: npsFollowUpSchema.parse(entity.state), version: entity.version }
      : { value: null, version: 0 };
  }

  async saveFollowUp(followUp: Versioned<NpsFollowUp>): Promise<'committed' | 'conflict'> {
    const conditions = [
      { entityName: ENTITIES.npsFollowUp, key: followUp.value.id, version: followUp.version },
    ];
    return commitConditionally(
      () =>
        kvs
          .transact()
          .set<FollowUpEntity>(followUp.value.id, followUpEntity(followUp), {
            entityName: ENTITIES.npsFollowUp,
            conditions: atVersion<FollowUpEntity>(followUp.version),
          })
          .execute(),
      conditions,
    );
  }

  async recentFollowUps(limit: number, cursor?: string) {
    let query = kvs
      .entity<FollowUpEntity>(ENTITIES.npsFollowUp)
      .query()
      .index('by-created')
      .where(WhereConditions.greaterThan(0))
      .sort(Sort.DESC)
      .limit(limit);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    return {
      items: page.results.map((result) => npsFollowUpSchema.parse(result.value.state)),
      cursor: page.nextCursor,
    };
  }
}
