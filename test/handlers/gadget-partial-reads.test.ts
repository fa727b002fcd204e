import { kvs, WhereConditions } from '@forge/kvs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Envelope } from '../../src/contract/envelope';
import type { Scorecard } from '../../src/contract/gadgets';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * A batch read completes what it can and reports the rest in `failedKeys`. A gadget must never
 * answer from some of its periods as if they were all: failed items are retried, and if they
 * keep failing the gadget says so, and nothing partial is cached.
 */
describe('gadget figures when storage fails some items of a batch read', () => {
  let local: Site;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    local = await startLocalSite();
    server = await new Promise<Server>((resolve) => {
      const listening = local.app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/_local`;
    const open = local.site.listRequests({ limit: 8, status: 'open' });
    for (const request of open) await local.runtime.deliverProductEvent(local.site.resolve(request.key));
    await local.clock.advance(3700);
    await local.runtime.idle();
    for (const [index, request] of open.entries()) {
      const answer = (await local.runtime.invokeResolver(
        'resolver',
        {
          moduleKey: 'cx-portal-survey',
          accountId: local.site.request(request.key)!.reporterId,
          accountType: 'customer',
          localId: 'p',
          extension: { type: 'jiraServiceManagement:portalRequestDetail', request: { key: request.key } },
        },
        'submitSurvey',
        { ces: 1 + (index % 7), csat: 1 + (index % 5) },
      )) as Envelope<unknown>;
      if (!answer.ok) throw new Error(`${request.key}: ${answer.error.message}`);
    }
    await local.clock.advance(120); // the day's figures are rebuilt
    await local.runtime.idle();
  }, 60_000);
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await local.close();
  });

  async function kvsFaults(method: 'POST' | 'DELETE', body?: unknown) {
    const response = await fetch(`${base}/kvs/faults`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`kvs/faults: HTTP ${response.status} ${await response.text()}`);
  }

  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const scorecard = async () =>
    (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-scorecard',
        accountId: admin(),
        accountType: 'licensed',
        localId: 'g',
        extension: {
          type: 'jira:dashboardGadget',
          gadgetConfiguration: { period: { from: '2026-02-20', to: '2026-03-02' }, metrics: ['csat', 'ces'] },
        },
      },
      'getScorecard',
      {},
    )) as Envelope<Scorecard>;

  /** Gadget answers are cached for five minutes: drop them, so the next render reads the figures. */
  async function dropCachedAnswers() {
    const page = await kvs.query().where('key', WhereConditions.beginsWith('cache:')).limit(100).getMany();
    for (const { key } of page.results) await kvs.delete(key);
  }

  it('retries the failed items and answers exactly as without the failure', async () => {
    const baseline = await scorecard();
    if (!baseline.ok) throw new Error(baseline.error.message);
    expect(baseline.data.tiles.map((tile) => tile.n)).toEqual([8, 8]);
    await dropCachedAnswers();
    // Every aggregate's first read fails: only the retry can answer in full.
    await kvsFaults('POST', { operation: 'batch/get', keyPattern: '^agg:', timesEach: 1 });
    expect(await scorecard()).toEqual(baseline);
  });

  it('fails clearly when the items keep failing, caches nothing, and answers in full once storage recovers', async () => {
    const baseline = await scorecard(); // cached from the first test, or computed now
    await dropCachedAnswers();
    await kvsFaults('POST', { operation: 'batch/get', keyPattern: '^agg:' });
    const failed = await scorecard();
    expect(failed).toEqual({
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: expect.stringMatching(
          /^Storage could not read \d+ of \d+ stored figures; try again shortly\.$/,
        ),
      },
    });
    await kvsFaults('DELETE');
    expect(await scorecard()).toEqual(baseline);
  });
});
