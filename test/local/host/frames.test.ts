import type { FrameSession } from '../../../src/local/host';
import { frameTokens, getJson, getText, postJson, setup, startHost, type RunningHost } from './harness';

describe('frame bridge routes', () => {
  let host: RunningHost;
  let env: ReturnType<typeof setup>;

  beforeEach(async () => {
    env = setup();
    host = await startHost(env.deps);
  });
  afterEach(async () => {
    await host.close();
    env.cleanup();
  });

  const issueFrame = async () => frameTokens((await getText(`${host.base}/jira/issue/SD-1`)).text)[0]!;
  const frame = (token: string, action: string) => `${host.base}/_host/frames/${token}/${action}`;

  it('invokes the resolver with the server-side session, ignoring identity sent by the browser', async () => {
    const token = await issueFrame();
    const { status, json } = await postJson(frame(token, 'invoke'), {
      functionKey: 'getIssueHistory',
      payload: { since: '2025-01-01' },
      accountId: 'cust-2',
      accountType: 'customer',
      context: { accountId: 'cust-2', extension: { issue: { key: 'SD-3' } } },
      moduleKey: 'cx-admin',
    });
    expect(status).toBe(200);
    expect(json).toMatchObject({ value: { ok: true, data: { issueKey: 'SD-1' } } });
    expect(env.invokes).toHaveLength(1);
    const call = env.invokes[0]!;
    expect(call.functionKey).toBe('getIssueHistory');
    expect(call.payload).toEqual({ since: '2025-01-01' });
    expect(call.session).toMatchObject<Partial<FrameSession>>({
      token,
      moduleKey: 'cx-issue-panel',
      moduleType: 'jira:issuePanel',
      resource: 'issue-panel',
      accountId: 'agent-1',
      accountType: 'licensed',
      locale: 'en-US',
      timezone: 'Europe/Berlin',
    });
    expect(call.session.extension).toMatchObject({ issue: { key: 'SD-1' } });
  });

  it('gives customers in the portal the customer account type', async () => {
    const token = frameTokens((await getText(`${host.base}/portal/request/SD-1`)).text)[0]!;
    await postJson(frame(token, 'invoke'), { functionKey: 'getRequestState' });
    expect(env.invokes[0]!.session).toMatchObject({ accountId: 'cust-1', accountType: 'customer' });
    expect(env.invokes[0]!.payload).toEqual({});
  });

  it('answers 404 for a token it never issued', async () => {
    for (const action of ['invoke', 'product', 'submit']) {
      const { status, json } = await postJson(frame('not-a-token', action), {
        functionKey: 'getIssueHistory',
      });
      expect(status).toBe(404);
      expect(json).toMatchObject({ error: { message: expect.stringMatching(/expired|never existed/) } });
    }
    expect((await getJson(frame('not-a-token', 'context'))).status).toBe(404);
    expect(env.invokes).toHaveLength(0);
  });

  it('rejects malformed invocations without calling the backend', async () => {
    const token = await issueFrame();
    expect((await postJson(frame(token, 'invoke'), { payload: {} })).status).toBe(400);
    expect((await postJson(frame(token, 'invoke'), { functionKey: 'x', payload: [1, 2] })).status).toBe(400);
    expect((await postJson(frame(token, 'invoke'), ['getIssueHistory'])).status).toBe(400);
    const form = await fetch(frame(token, 'invoke'), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ functionKey: 'getIssueHistory' }),
    });
    expect(form.status).toBe(400);
    expect(env.invokes).toHaveLength(0);
  });

  it('turns a failing resolver into an error the frame can show', async () => {
    await host.close();
    host = await startHost({
      ...env.deps,
      invokeResolver: () => {
        throw new Error('Module cx-issue-panel has no resolver');
      },
    });
    const token = await issueFrame();
    const { status, json } = await postJson(frame(token, 'invoke'), { functionKey: 'getIssueHistory' });
    expect(status).toBe(500);
    expect(json).toEqual({
      error: { message: 'There was an error invoking the function - Module cx-issue-panel has no resolver' },
    });
  });

  it('forwards requestJira calls as the frame viewer, with the bridge header pairs as a record', async () => {
    const token = await issueFrame();
    const { status, json } = await postJson(frame(token, 'product'), {
      product: 'jira',
      restPath: '/rest/api/3/myself',
      fetchRequestInit: {
        method: 'get',
        body: null,
        headers: [
          ['Accept', 'application/json'],
          ['X-Atlassian-Token', 'no-check'],
        ],
      },
      isMultipartFormData: false,
    });
    expect(status).toBe(200);
    expect(json).toEqual({
      status: 200,
      statusText: 'OK',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accountId: 'agent-1' }),
    });
    expect(env.products[0]).toMatchObject({
      restPath: '/rest/api/3/myself',
      init: { method: 'GET', headers: { accept: 'application/json', 'x-atlassian-token': 'no-check' } },
    });
    expect(env.products[0]!.session.accountId).toBe('agent-1');
  });

  it('refuses product requests for other products or without a path', async () => {
    const token = await issueFrame();
    expect(
      (await postJson(frame(token, 'product'), { product: 'confluence', restPath: '/wiki/rest/api/space' }))
        .status,
    ).toBe(400);
    expect(
      (await postJson(frame(token, 'product'), { product: 'jira', restPath: 'https://evil.example/' }))
        .status,
    ).toBe(400);
    expect(env.products).toHaveLength(0);
  });

  it('answers submit with false outside a gadget edit view', async () => {
    const token = await issueFrame();
    expect(await postJson(frame(token, 'submit'), { payload: { projectKey: 'SD' } })).toEqual({
      status: 200,
      json: { submitted: false },
    });
  });

  it('serves the context Forge gives Custom UI, never a context sent by the browser', async () => {
    const token = await issueFrame();
    const { json } = await getJson(`${frame(token, 'context')}?accountId=cust-2`);
    expect(Object.keys(json as object).sort()).toEqual(
      [
        'accountId',
        'cloudId',
        'environmentId',
        'environmentType',
        'extension',
        'localId',
        'locale',
        'moduleKey',
        'siteUrl',
        'timezone',
      ].sort(),
    );
    expect(json).toMatchObject({ accountId: 'agent-1' });
  });
});
