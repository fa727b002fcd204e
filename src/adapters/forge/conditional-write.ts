import { Filter, FilterConditions, ForgeKvsAPIError, kvs } from '@forge/kvs';

/** A versioned entity a conditional write was made against: it must still be at `version` (0: absent). */
export interface VersionCondition {
  entityName: string;
  key: string;
  version: number;
}

/** Write only if still at the version read (absent when read as version 0). */
export function atVersion<T extends { version: number }>(version: number) {
  return new Filter<T>().and(
    'version',
    version === 0 ? FilterConditions.notExists() : FilterConditions.equalTo(version),
  );
}

/**
 * Runs a transaction whose entity operations carry version conditions, and says whether it
 * committed or lost to a concurrent writer.
 *
 * What this relies on is only what Forge documents: a transaction commits all of its operations
 * when every condition holds and is rolled back as a whole otherwise
 * (https://developer.atlassian.com/platform/forge/storage-reference/transactions-entities/), and a
 * refused request is a non-2xx `{ code, message }` that `@forge/kvs` throws as a `ForgeKvsAPIError`
 * (https://developer.atlassian.com/platform/forge/storage-reference/handling-errors-customentities/).
 * Forge publishes no error code for a condition that does not hold, so no code is trusted to mean
 * one. Any refusal is instead checked against the store itself: the versions the write was
 * conditioned on are read again, and if one of them moved, another writer got there first and the
 * caller re-reads and decides again ('conflict'). If none moved, the refusal was about something
 * else (a limit, a malformed value, an outage), and retrying would change nothing: it is thrown
 * with its code. A refusal for the documented rate limit (HTTP 429) is thrown at once too, since an
 * immediate re-read would only add to the load.
 *
 * A refused write whose versions did move because it had in fact been applied (an answer lost on
 * the way back) also reads as a conflict: the caller's re-read then finds its own change, which
 * every caller treats as done.
 */
export async function commitConditionally(
  execute: () => Promise<void>,
  conditions: readonly VersionCondition[],
): Promise<'committed' | 'conflict'> {
  try {
    await execute();
    return 'committed';
  } catch (error) {
    if (!(error instanceof ForgeKvsAPIError) || error.responseDetails.status === 429) throw error;
    if (await anyVersionMoved(conditions)) return 'conflict';
    throw new Error(
      `The store refused a conditional write whose conditions still hold (HTTP ${error.responseDetails.status} ` +
        `${error.code}: ${error.message}); retrying would not help.`,
      { cause: error },
    );
  }
}

/**
 * Reads each entity again with `get`, whose miss `@forge/kvs` itself turns into `undefined`
 * (storage-api.js), rather than with a batch, whose per-item miss code Forge does not publish.
 */
async function anyVersionMoved(conditions: readonly VersionCondition[]): Promise<boolean> {
  const current = await Promise.all(
    conditions.map(({ entityName, key }) => kvs.entity<{ version?: unknown }>(entityName).get(key)),
  );
  return conditions.some(({ version }, index) => {
    const stored = current[index]?.version;
    return (typeof stored === 'number' ? stored : 0) !== version;
  });
}
