import type { CanonicalRecordInput } from '../../../src/domain/records/canonical';
import { PASSWORD_GRANT, SERVICE_ACCOUNT } from '../../support/servicenow';
import {
  connection,
  DEMO_MAPPING,
  drain,
  exportedRecords,
  sorted,
  syncOnce,
  syncWorld,
} from '../../support/servicenow-sync';
import { clock, seeded } from '../../local/servicenow/fixture';
import { DEMO_CLIENT } from '../../../src/local/servicenow';
import { startSync } from '../../../src/app/servicenow/sync-step';

const PAGE = { pageSize: 50, stepRequests: 3 };

/** The facts' records: each ticket once (it stands on its creation and resolution days), every answer. */
function stored(records: ReturnType<typeof syncWorld>['records']) {
  const all = records.records() as CanonicalRecordInput[];
  const tickets = new Map<string, string[]>();
  for (const record of all.filter((r) => r.type === 'ticket')) {
    const id = (record as { id: string }).id;
    tickets.set(id, [...new Set([...(tickets.get(id) ?? []), JSON.stringify(record)])]);
  }
  return {
    tickets: [...tickets.values()],
    responses: all.filter((r) => r.type === 'response'),
  };
}

async function expectExactlyOnce(
  world: ReturnType<typeof syncWorld>,
  instance: Parameters<typeof exportedRecords>[0],
) {
  const { conversion } = await exportedRecords(instance, DEMO_MAPPING, world.timer);
  const { tickets, responses } = stored(world.records);
  // One version of each ticket, the current one; every answer once.
  expect(tickets.filter((versions) => versions.length > 1)).toEqual([]);
  const expectedTickets = conversion.records.filter((r) => r.type === 'ticket');
  const expectedResponses = conversion.records.filter((r) => r.type === 'response');
  expect(sorted(tickets.map((versions) => JSON.parse(versions[0]!) as unknown))).toEqual(
    sorted(expectedTickets),
  );
  expect(sorted(responses)).toEqual(sorted(expectedResponses));
  return { tickets: expectedTickets.length, responses: expectedResponses.length };
}

describe('ServiceNow sync', () => {
  it('a first sync stores every visible ticket and mapped answer once, as the export converts them', async () => {
    const { instance, time } = seeded(clock(), 7);
    const world = syncWorld(instance, time);
    world.serviceNow.stored = connection();
    world.serviceNow.secret = SERVICE_ACCOUNT;
    const { started, outcomes } = await syncOnce(world.deps, world.queue, PAGE);
    expect(started).toBe('started');
    expect(outcomes.at(-1)).toBe('finished');
    const counts = await expectExactlyOnce(world, instance);
    expect(counts.tickets).toBeGreaterThan(100);
    expect(counts.responses).toBeGreaterThan(50);
    const state = world.serviceNow.state!;
    expect(state).toMatchObject({ running: null, lastError: null, firstSyncDone: true });
    expect(Object.keys(state.tables).sort()).toEqual([
      'asmt_metric_result',
      'incident',
      'sc_req_item',
      'task_sla',
    ]);
    // Every fact is a ServiceNow fact, and every changed day is marked for its rollup.
    const facts = [...world.records.facts.values()];
    expect(new Set(facts.map((fact) => fact.projectKey))).toEqual(new Set(['servicenow']));
    const markedDays = new Set([...world.records.markers].map((marker) => marker.split(':')[0]));
    expect(new Set(facts.map((fact) => fact.day))).toEqual(markedDays);
    // …and asked for as the steps go, so the figures follow the sync.
    expect(new Set(world.rollupDays)).toEqual(markedDays);
  });

  it('an incremental run reads only what changed, and a cancelled incident loses its ticket record', async () => {
    const { instance, time } = seeded(clock(), 7);
    const world = syncWorld(instance, time);
    world.serviceNow.stored = connection();
    world.serviceNow.secret = SERVICE_ACCOUNT;
    await syncOnce(world.deps, world.queue, PAGE);
    const before = world.paths.length;
    time.advance(3600);
    const incident = instance.rows('incident').find((row) => row.state === '2')!;
    instance.update('incident', incident.sys_id as string, { state: '8' });
    const resolved = instance.rows('incident').find((row) => row.state === '6')!;
    instance.update('incident', resolved.sys_id as string, { priority: '1' });
    await syncOnce(world.deps, world.queue, PAGE);
    await expectExactlyOnce(world, instance);
    // A few requests per table (the overlap window, the changes, the empty page that ends it), not a re-read.
    expect(world.paths.length - before).toBeLessThanOrEqual(12);
    expect(before).toBeGreaterThan(20);
    const cancelled = stored(world.records).tickets.find((v) => v[0]!.includes(incident.sys_id as string));
    expect(cancelled).toBeUndefined();
  });

  it('records changed between pages are neither missed nor doubled', async () => {
    const { instance, time } = seeded(clock(), 9);
    const world = syncWorld(instance, time);
    world.serviceNow.stored = connection();
    world.serviceNow.secret = SERVICE_ACCOUNT;
    let touched = 0;
    const hook = instance.faults.afterPage((page) => {
      if (page.table !== 'incident' || touched >= 30) return;
      time.advance(1);
      // The oldest-updated incidents: the ones the read has passed already.
      const oldest = instance
        .rows('incident')
        .sort((a, b) => ((a.sys_updated_on as string) < (b.sys_updated_on as string) ? -1 : 1))
        .slice(0, 3);
      for (const row of oldest) instance.update('incident', row.sys_id as string, { priority: '2' });
      touched += 3;
    });
    await syncOnce(world.deps, world.queue, PAGE);
    hook.remove();
    expect(touched).toBe(30);
    await expectExactlyOnce(world, instance);
  });

  it('resumes after a consumer killed mid-page, a 5xx, a 429 storm and an expired token, and ends exactly once', async () => {
    const { instance, time } = seeded(clock(), 5);
    const world = syncWorld(instance, time);
    world.serviceNow.stored = { ...connection(), authKind: 'oauth-password' };
    world.serviceNow.secret = PASSWORD_GRANT;
    world.records.failOn = 4;
    instance.faults.add({ status: 503, pathPattern: /table\/sc_req_item/, times: 2 });
    instance.faults.add({ status: 429, retryAfterSeconds: 30, pathPattern: /table\/task_sla/, times: 5 });
    // Tokens live 1800 s by default; the waits above and the page hook below outlast one.
    const hook = instance.faults.afterPage((page) => {
      if (page.count % 7 === 0) time.advance(900);
    });
    const { outcomes } = await syncOnce(world.deps, world.queue, PAGE);
    hook.remove();
    expect(outcomes.at(-1)).toBe('finished');
    expect(world.sleeps).toContain(30_000);
    expect(world.records.applies).toBeGreaterThan(4);
    await expectExactlyOnce(world, instance);
    expect(world.serviceNow.state?.lastError).toBeNull();
    expect(DEMO_CLIENT.clientId).toBe(PASSWORD_GRANT.clientId);
  });

  it('a table without access is reported and the other tables are read; nothing of it is stored', async () => {
    const { instance, time } = seeded(clock(), 7);
    instance.access.tableRoles.sc_req_item = ['catalog_admin'];
    const world = syncWorld(instance, time);
    world.serviceNow.stored = connection();
    world.serviceNow.secret = SERVICE_ACCOUNT;
    const { outcomes } = await syncOnce(world.deps, world.queue, PAGE);
    expect(outcomes.at(-1)).toBe('finished');
    const state = world.serviceNow.state!;
    expect(state.tables.sc_req_item?.lastError).toMatch(
      /^sc_req_item: no read access for the connector's account \(HTTP 403/,
    );
    expect(state.tables.incident?.lastError).toBeUndefined();
    expect(state.firstSyncDone).toBe(false);
    const kinds = new Set(
      stored(world.records).tickets.map((v) => (JSON.parse(v[0]!) as { kind: string }).kind),
    );
    expect(kinds).toEqual(new Set(['incident']));
  });

  it('wrong credentials stop the run with the reason, store nothing, and a run is not started twice', async () => {
    const { instance, time } = seeded(clock(), 7);
    const world = syncWorld(instance, time);
    world.serviceNow.stored = connection();
    world.serviceNow.secret = { ...SERVICE_ACCOUNT, password: 'wrong' };
    expect(await startSync(world.deps, { force: true })).toBe('started');
    expect(await startSync(world.deps)).toBe('running');
    await drain(world.deps, world.queue, PAGE);
    expect(world.records.facts.size).toBe(0);
    expect(world.serviceNow.state?.lastError).toBe(
      'incident: the instance refused the credentials (HTTP 401: User Not Authenticated (Required to provide Auth information)).',
    );
    expect(JSON.stringify(world.serviceNow.state)).not.toContain('wrong');
  });
});
