import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kvs, WhereConditions } from '@forge/kvs';
import type { Envelope } from '../../src/contract/envelope';
import type {
  ServiceNowAdminView,
  ServiceNowCheckView,
  ServiceNowSaveAnswer,
} from '../../src/contract/servicenow';
import { keys } from '../../src/adapters/forge/keys';
import { DEMO_CONNECTION, DEMO_INSTANCE_URL } from '../../src/local/servicenow/local-instance';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

const SECRETS = [DEMO_CONNECTION.credentials.password, DEMO_CONNECTION.credentials.clientSecret];

/**
 * The admin page's ServiceNow section on the local runtime: the real resolvers, the real sync
 * consumer, the simulated instance reached through the manifest's egress.
 */
describe('the ServiceNow connection', () => {
  let local: Site;
  const logged: string[] = [];
  beforeAll(async () => {
    local = await startLocalSite({ months: 1, serviceNow: 'instance' });
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(
          args
            .map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : JSON.stringify(arg)))
            .join(' '),
        );
      });
    }
  }, 120_000);
  afterAll(async () => {
    jest.restoreAllMocks();
    await local.close();
  });

  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const call = async <T>(key: string, payload: unknown = {}, accountId = admin()) =>
    (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-admin',
        accountId,
        accountType: 'licensed',
        localId: `${key}-${local.clock.now()}`,
        extension: { type: 'jira:adminPage' },
      },
      key,
      payload,
    )) as Envelope<T>;
  const stored = async () => ({
    connection: await kvs.get(keys.serviceNowConnection),
    credentials: await kvs.getSecret(keys.serviceNowCredentials),
    sync: await kvs.get(keys.serviceNowSync),
  });
  const nothingStored = { connection: undefined, credentials: undefined, sync: undefined };

  it('refuses bad configuration with a message the admin can act on, and stores nothing', async () => {
    const refusal = async (payload: object) => {
      const answer = await call<ServiceNowSaveAnswer>('saveServiceNow', { ...DEMO_CONNECTION, ...payload });
      return answer.ok ? answer.data : { error: answer.error.message };
    };
    expect(await refusal({ instanceUrl: 'http://cxdemo.service-now.com' })).toEqual({
      error:
        'The instance URL must start with https://: the app calls ServiceNow over HTTPS only (http was given).',
    });
    expect(await refusal({ instanceUrl: 'https://servicedesk.acme.example' })).toEqual({
      error:
        "servicedesk.acme.example is not a ServiceNow host (*.service-now.com). If it is your instance's custom domain, confirm it; note that Forge lets the app reach only *.service-now.com until that domain is allowed as egress for your site.",
    });
    // Confirmed, the custom domain is tried: Forge refuses the call, and the page says why.
    const custom = await refusal({
      instanceUrl: 'https://servicedesk.acme.example',
      confirmCustomDomain: true,
    });
    expect(custom).toMatchObject({
      saved: false,
      check: { ok: false, problem: expect.stringMatching(/^Forge refused the call to this host/) },
    });
    expect(await refusal({ instanceUrl: 'https://nobody.service-now.com' })).toMatchObject({
      saved: false,
      check: {
        problem: expect.stringMatching(
          /^The instance could not be reached: incident: the instance did not answer \(no answer from the instance \(ENOTFOUND\)\)/,
        ),
      },
    });
    const wrong = await refusal({
      credentials: { ...DEMO_CONNECTION.credentials, password: 'not-the-password' },
    });
    expect(wrong).toMatchObject({
      saved: false,
      check: {
        problem: expect.stringMatching(/^Sign-in refused: The instance refused the OAuth password grant/),
      },
    });
    expect(JSON.stringify(wrong)).not.toContain('not-the-password');
    const noAccess = await refusal({
      credentials: { kind: 'basic', userName: 'no.roles', password: 'no-roles' },
      authKind: 'basic',
    });
    expect(noAccess).toMatchObject({ saved: false, check: { ok: false } });
    expect((noAccess as ServiceNowSaveAnswer).check.tables.map((t) => `${t.table} ${t.status}`)).toEqual([
      'incident no-access',
      'sc_req_item no-access',
      'task_sla no-access',
      'asmt_metric_result no-access',
    ]);
    const missing = await refusal({
      mapping: {
        ...DEMO_CONNECTION.mapping,
        tickets: [{ table: 'incident', kind: 'incident', priority: ['u_priority_code'] }],
      },
    });
    expect((missing as ServiceNowSaveAnswer).check.tables[0]).toEqual({
      table: 'incident',
      status: 'missing-fields',
      missing: ['u_priority_code'],
      message:
        'incident: the instance has no field u_priority_code (or the account may not read it): correct the field names in the mapping, or grant read access to them.',
    });
    expect(await refusal({ firstSyncMonths: 0 })).toEqual({
      error: 'Some ServiceNow settings are not valid.',
    });
    expect(await stored()).toEqual(nothingStored);
  });

  it('is for Jira administrators only', async () => {
    const agent = local.site.agents().find((candidate) => !candidate.admin)!.accountId;
    const answer = await call('getServiceNow', {}, agent);
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('tests, saves, runs the first sync to the end, and never shows or logs a secret', async () => {
    const test = await call<ServiceNowCheckView>('testServiceNow', DEMO_CONNECTION);
    expect(test).toMatchObject({ ok: true, data: { ok: true } });
    const saved = await call<ServiceNowSaveAnswer>('saveServiceNow', DEMO_CONNECTION);
    expect(saved).toMatchObject({ ok: true, data: { saved: true } });
    for (let round = 0; round < 60; round++) {
      await local.runtime.idle();
      const view = await call<ServiceNowAdminView>('getServiceNow');
      if (view.ok && view.data.sync && !view.data.sync.running) break;
      await local.clock.advance(5);
    }
    const view = await call<ServiceNowAdminView>('getServiceNow');
    if (!view.ok) throw new Error(view.error.message);
    expect(view.data.connection).toMatchObject({
      instanceUrl: DEMO_INSTANCE_URL,
      authKind: 'oauth-password',
      hasCredentials: true,
    });
    expect(view.data.sync).toMatchObject({
      running: false,
      progress: 1,
      firstSyncDone: true,
      lastError: null,
    });
    expect(view.data.sync!.recordsRead).toBeGreaterThan(100);
    const facts = await kvs
      .query()
      .where('key', WhereConditions.beginsWith('fact:servicenow:'))
      .limit(100)
      .getMany();
    expect(facts.results.length).toBeGreaterThan(10);

    // Saving again without credentials keeps the stored ones (same instance and method).
    const { credentials: _left, ...withoutCredentials } = DEMO_CONNECTION;
    expect(await call<ServiceNowSaveAnswer>('saveServiceNow', withoutCredentials)).toMatchObject({
      ok: true,
      data: { saved: true },
    });

    await local.kvs.flush();
    const contents = (
      JSON.parse(readFileSync(join(local.dataDir, 'kvs.json'), 'utf8')) as { spaces: Record<string, unknown> }
    ).spaces;
    const plain = JSON.stringify(
      Object.fromEntries(Object.entries(contents).filter(([space]) => space !== 'secret')),
    );
    const answers = JSON.stringify(view) + JSON.stringify(local.runtime.log.recent(500));
    for (const secret of SECRETS) {
      expect(plain).not.toContain(secret);
      expect(answers).not.toContain(secret);
      expect(logged.join('\n')).not.toContain(secret);
    }
    expect(JSON.stringify(contents.secret)).toContain(DEMO_CONNECTION.credentials.password);
  }, 120_000);
});
