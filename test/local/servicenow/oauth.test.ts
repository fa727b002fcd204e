import { DEMO_ACCOUNTS, DEMO_CLIENT, ServiceNowInstance } from '../../../src/local/servicenow';
import { call, clock, emptyInstance } from './fixture';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const client = { client_id: DEMO_CLIENT.clientId, client_secret: DEMO_CLIENT.clientSecret };
const DENIED = { status: 401, body: { error_description: 'access_denied', error: 'server_error' } };

const token = (
  instance: ServiceNowInstance,
  form: Record<string, string>,
  headers: Record<string, string> = FORM,
) =>
  call(instance, '/oauth_token.do', {
    auth: null,
    method: 'POST',
    headers,
    body: headers === FORM ? new URLSearchParams(form).toString() : JSON.stringify(form),
  });

const read = (instance: ServiceNowInstance, accessToken: unknown) =>
  call(instance, '/api/now/v2/table/incident', { auth: `Bearer ${String(accessToken)}` });

describe('simulated ServiceNow: OAuth', () => {
  it('grants password tokens that last 1800 s on the runtime clock', async () => {
    const time = clock();
    const instance = emptyInstance(time);
    const granted = await token(instance, {
      grant_type: 'password',
      ...client,
      username: 'cx.metrics',
      password: 'cx-metrics-demo',
    });
    expect(granted).toMatchObject({
      status: 200,
      body: { scope: 'useraccount', token_type: 'Bearer', expires_in: 1800 },
    });
    expect(Object.keys(granted.body ?? {}).sort()).toEqual([
      'access_token',
      'expires_in',
      'refresh_token',
      'scope',
      'token_type',
    ]);
    expect((await read(instance, granted.body?.access_token)).status).toBe(200);
    time.advance(1799);
    expect((await read(instance, granted.body?.access_token)).status).toBe(200);
    time.advance(1);
    expect(await read(instance, granted.body?.access_token)).toMatchObject({
      status: 401,
      body: { error: { message: 'User Not Authenticated' }, status: 'failure' },
    });
  });

  it('refreshes an access token with the refresh token, which stays valid', async () => {
    const time = clock();
    const instance = emptyInstance(time);
    const first = await token(instance, {
      grant_type: 'password',
      ...client,
      username: 'cx.metrics',
      password: 'cx-metrics-demo',
    });
    time.advance(3600);
    const refreshed = await token(instance, {
      grant_type: 'refresh_token',
      ...client,
      refresh_token: String(first.body?.refresh_token),
    });
    expect(refreshed).toMatchObject({
      status: 200,
      body: { refresh_token: first.body?.refresh_token, expires_in: 1800 },
    });
    expect((await read(instance, refreshed.body?.access_token)).status).toBe(200);
    expect(
      await token(instance, { grant_type: 'refresh_token', ...client, refresh_token: 'forged' }),
    ).toMatchObject(DENIED);
  });

  it('refuses a wrong password, a wrong client secret, a JSON body and an unknown grant alike', async () => {
    const instance = emptyInstance();
    const password = {
      grant_type: 'password',
      ...client,
      username: 'cx.metrics',
      password: 'cx-metrics-demo',
    };
    expect(await token(instance, { ...password, password: 'nope' })).toMatchObject(DENIED);
    expect(await token(instance, { ...password, client_secret: 'nope' })).toMatchObject(DENIED);
    expect(await token(instance, password, { 'content-type': 'application/json' })).toMatchObject(DENIED);
    expect(await token(instance, { ...password, grant_type: 'implicit' })).toMatchObject(DENIED);
  });

  it('refuses client credentials unless the instance enables them, then runs as the application user', async () => {
    const time = clock();
    const form = { grant_type: 'client_credentials', ...client };
    expect(await token(emptyInstance(time), form)).toMatchObject(DENIED);
    const enabled = new ServiceNowInstance({
      now: time.now,
      accounts: DEMO_ACCOUNTS,
      clients: [DEMO_CLIENT],
      clientCredentials: true,
    });
    const granted = await token(enabled, form);
    expect(granted).toMatchObject({ status: 200, body: { token_type: 'Bearer', expires_in: 1800 } });
    expect(granted.body).not.toHaveProperty('refresh_token');
    expect((await read(enabled, granted.body?.access_token)).status).toBe(200);
  });

  it('can expire every access token at once (a fault for tests)', async () => {
    const instance = emptyInstance();
    const granted = await token(instance, {
      grant_type: 'password',
      ...client,
      username: 'cx.metrics',
      password: 'cx-metrics-demo',
    });
    instance.auth.expireAccessTokens();
    expect((await read(instance, granted.body?.access_token)).status).toBe(401);
    const refreshed = await token(instance, {
      grant_type: 'refresh_token',
      ...client,
      refresh_token: String(granted.body?.refresh_token),
    });
    expect((await read(instance, refreshed.body?.access_token)).status).toBe(200);
  });
});
