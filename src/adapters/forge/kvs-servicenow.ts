import { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import {
  credentialsInputSchema,
  storedConnectionSchema,
  type StoredConnection,
} from '../../app/servicenow/connection-settings';
import type { Credentials } from '../../app/servicenow/credentials';
import type {
  ServiceNowRecordStore,
  ServiceNowSettingsStore,
  ServiceNowSyncQueue,
  ServiceNowTicketChange,
} from '../../app/servicenow/store-ports';
import { syncStateSchema, type SyncState } from '../../app/servicenow/sync-state';
import type { ChainStep } from '../../app/ports/chain-step';
import { SERVICENOW_PROJECT, type ServiceNowTicketState } from '../../domain/servicenow/record-facts';
import { keys } from './keys';

/** Forge's most items in one batch get, set or delete. */
const BATCH_ITEMS = 25;

const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH_ITEMS)
    out.push(items.slice(start, start + BATCH_ITEMS));
  return out;
};

/**
 * The connection in plain storage, the credentials as an app secret: `kvs.setSecret` values are
 * "stored in a secure, encrypted manner" and cannot be queried
 * (https://developer.atlassian.com/platform/forge/storage-reference/kvs-api-secret/). Only the
 * sync reads them; no resolver returns them.
 */
export class KvsServiceNowSettings implements ServiceNowSettingsStore {
  async connection(): Promise<StoredConnection | null> {
    const parsed = storedConnectionSchema.safeParse(await kvs.get<unknown>(keys.serviceNowConnection));
    return parsed.success ? parsed.data : null;
  }

  async credentials(): Promise<Credentials | null> {
    const parsed = credentialsInputSchema.safeParse(await kvs.getSecret<unknown>(keys.serviceNowCredentials));
    return parsed.success ? parsed.data : null;
  }

  async saveConnection(connection: StoredConnection): Promise<void> {
    await kvs.set(keys.serviceNowConnection, connection);
  }

  async saveCredentials(credentials: Credentials): Promise<void> {
    await kvs.setSecret(keys.serviceNowCredentials, credentials);
  }

  async syncState(): Promise<SyncState | null> {
    const parsed = syncStateSchema.safeParse(await kvs.get<unknown>(keys.serviceNowSync));
    return parsed.success ? parsed.data : null;
  }

  async saveSyncState(state: SyncState): Promise<void> {
    await kvs.set(keys.serviceNowSync, state);
  }
}

const rowSchema = z.record(z.string(), z.string());
const ticketStateSchema = z.object({
  table: z.string().optional(),
  row: rowSchema.optional(),
  sla: z.record(z.string(), rowSchema),
  results: z.record(z.string(), rowSchema),
  days: z.array(z.string()),
});

/**
 * ServiceNow tickets and their facts with batch calls, 25 keys a request: a page of 1000 rows
 * costs 40 reads and about 120 writes (state, facts, markers), whatever its tickets. A batch set
 * is not a transaction: a step stopped half way is repeated from the last watermark, and writing
 * the same states and facts again changes nothing.
 */
export class KvsServiceNowRecords implements ServiceNowRecordStore {
  requests = 0;

  async load(sysIds: readonly string[]): Promise<Map<string, ServiceNowTicketState>> {
    const found = new Map<string, ServiceNowTicketState>();
    for (const chunk of chunks(sysIds)) {
      this.requests += 1;
      const { successfulKeys, failedKeys } = await kvs.batchGet<unknown>(
        chunk.map((id) => ({ key: keys.serviceNowTicket(id) })),
      );
      const failure = failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
      if (failure) throw new Error(`Reading ${failure.key} failed: ${failure.error.message}`);
      for (const { key, value } of successfulKeys) {
        const parsed = ticketStateSchema.safeParse(value);
        if (parsed.success) found.set(key.slice(keys.serviceNowTicket('').length), parsed.data);
      }
    }
    return found;
  }

  async apply(changes: readonly ServiceNowTicketChange[], marker: string): Promise<void> {
    const facts = changes.flatMap((change) =>
      change.write.map((fact) => ({
        key: keys.facts(fact.projectKey, fact.day, fact.issueId),
        value: fact as unknown,
      })),
    );
    const states = changes.map((change) => ({
      key: keys.serviceNowTicket(change.sysId),
      value: change.state as unknown,
    }));
    const removed = changes.flatMap((change) =>
      change.remove.map((fact) => ({ key: keys.facts(SERVICENOW_PROJECT, fact.day, change.sysId) })),
    );
    const days = new Set(
      changes.flatMap((change) => [...change.write, ...change.remove].map((fact) => fact.day)),
    );
    // Markers last: a day is marked only once its facts are in.
    const markers = [...days].map((day) => ({
      key: keys.serviceNowMarker(SERVICENOW_PROJECT, day, marker),
      value: 1 as unknown,
    }));
    for (const chunk of chunks([...facts, ...states])) await this.set(chunk);
    for (const chunk of chunks(removed)) {
      this.requests += 1;
      const { failedKeys } = await kvs.batchDelete(chunk);
      const failure = failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
      if (failure) throw new Error(`Deleting ${failure.key} failed: ${failure.error.message}`);
    }
    for (const chunk of chunks(markers)) await this.set(chunk);
  }

  private async set(chunk: Array<{ key: string; value: unknown }>): Promise<void> {
    this.requests += 1;
    const { failedKeys } = await kvs.batchSet(chunk);
    if (failedKeys.length > 0)
      throw new Error(`Storing ${failedKeys[0]!.key} failed: ${failedKeys[0]!.error.message}`);
  }
}

export const SERVICENOW_QUEUE = 'servicenow-sync';

/** One step at a time (concurrency 1): two steps of a run would read the same pages. */
export class QueueServiceNowSync implements ServiceNowSyncQueue {
  private readonly queue = new Queue({ key: SERVICENOW_QUEUE });

  async next(runId: string, step: ChainStep): Promise<void> {
    await this.queue.push([
      {
        body: { runId, allowance: step.allowance },
        delayInSeconds: step.delayInSeconds,
        concurrency: { key: SERVICENOW_QUEUE, limit: 1 },
      },
    ]);
  }
}
