import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import { KvsSettingsStore } from '../../src/adapters/forge/kvs-settings-store';
import { KvsTicketStore } from '../../src/adapters/forge/kvs-ticket-store';
import { recordObservation } from '../../src/app/capture/record-observation';
import type { RollupQueue } from '../../src/app/ports/rollup-queue';
import { StillChanging } from '../../src/app/survey/optimistic';
import { emptyObservation } from '../../src/domain/capture/observation';
import { KvsError, type ConditionFailure } from '../../src/local/kvs';
import { loadManifest } from '../../src/local/platform/manifest';
import { connect } from '../local/kvs/harness';
import { APP_DIR } from '../support/local-site';

/**
 * The app's optimistic writes against the local store: a conditional transaction that the store
 * refuses is re-read and decided again when another writer got in first, whatever code the
 * refusal carries (Forge publishes none for it); a refusal that is not a conflict, or a conflict
 * that never ends, ends in a clear error after a bounded number of attempts.
 */
const ENTITIES = loadManifest(APP_DIR).app.storage?.entities ?? [];
const TICKET = { issueId: '10042', issueKey: 'SD-42', projectKey: 'SD' };
/** Rebuild requests are beside the point here: a commit does not depend on them. */
const rollups = {
  schedule: async () => undefined,
  scheduleSite: async () => undefined,
} as unknown as RollupQueue;
const deps = () => ({ tickets: new KvsTicketStore(), settings: new KvsSettingsStore(), rollups });

/** What a live event observed: one customer contact at `at`. */
const contactAt = (at: number) =>
  recordObservation(deps(), TICKET, {
    observation: { ...emptyObservation(TICKET.issueId), contactsAt: [at] },
  });
const stored = async () => (await new KvsTicketStore().load(TICKET.issueId)).ticket;

/** Another writer's change to the ticket that keeps its state and moves its version on. */
async function bumpVersion(): Promise<void> {
  const entity = kvs.entity<{ version: number }>('ticket');
  const current = await entity.get(TICKET.issueId);
  await entity.set(TICKET.issueId, { ...current!, version: current!.version + 1 });
}

describe('conditional writes under the local store', () => {
  const variants: ConditionFailure[] = [
    { status: 409, code: 'INVALID_ENTITY_VALUE' },
    { status: 400, code: 'NOT_FOUND' },
    { status: 400, code: 'INVALID_FILTER_VALUES' },
  ];

  it.each(variants)(
    'a change that lands between the read and the commit is re-read and merged (refused as $status $code)',
    async (conditionFailure) => {
      const local = connect({ entities: ENTITIES, conditionFailure });
      await contactAt(1_000);
      // A second delivery for the same ticket commits while the first is between read and write.
      local.interleave('transaction', () => contactAt(2_000));
      local.resetStats();
      await expect(contactAt(3_000)).resolves.toBe('recorded');
      const ticket = await stored();
      expect(ticket.value?.observation?.contactsAt).toEqual([1_000, 2_000, 3_000]);
      expect(ticket.version).toBe(3);
      // Ours refused once, the interleaved one committed, ours committed after re-reading.
      expect(local.stats().operations.transaction).toBe(3);
    },
  );

  it('gives up with a clear error after a bounded number of attempts when the ticket never stops changing', async () => {
    const local = connect({ entities: ENTITIES });
    await contactAt(1_000);
    let competing = 0;
    local.interleave(
      'transaction',
      async () => {
        competing += 1;
        await bumpVersion();
      },
      100,
    );
    const error = await contactAt(2_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StillChanging);
    expect(error).toMatchObject({
      code: 'UNAVAILABLE',
      attempts: 8,
      message: 'The ticket kept changing during 8 attempts to update it; try again shortly.',
    });
    expect(competing).toBe(8);
    expect((await stored()).value?.observation?.contactsAt).toEqual([1_000]);
  });

  it('throws a refusal whose conditions still hold at once, with its code, instead of retrying', async () => {
    const local = connect({ entities: ENTITIES });
    await contactAt(1_000);
    local.interleave('transaction', () => {
      throw new KvsError(400, 'MAX_SIZE', 'The provided value has exceeded the maximum size limit.');
    });
    local.resetStats();
    await expect(contactAt(2_000)).rejects.toThrow(
      'The store refused a conditional write whose conditions still hold (HTTP 400 MAX_SIZE: ' +
        'The provided value has exceeded the maximum size limit.); retrying would not help.',
    );
    expect(local.stats().operations.transaction).toBe(1);
    expect((await stored()).version).toBe(1);
  });

  it('throws a rate-limited commit without re-reading, so the platform retries it later', async () => {
    const local = connect({ entities: ENTITIES });
    await contactAt(1_000);
    local.interleave('transaction', () => {
      throw new KvsError(429, 'RATE_LIMIT_EXCEEDED', 'Rate limit exceeded.');
    });
    local.resetStats();
    const error = await contactAt(2_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ForgeKvsAPIError);
    expect(error).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED' });
    expect(local.stats().operations).toEqual({ 'batch/get': 1, get: 1, transaction: 1 });
  });
});
