import { ServiceNowFailure, TransportError, type ServiceNowHttp } from '../../../src/app/servicenow';
import { DEMO_ACCOUNTS, DEMO_CLIENT, ServiceNowInstance } from '../../../src/local/servicenow';
import { clockTimer, connect, instanceHttp, PASSWORD_GRANT, SERVICE_ACCOUNT } from '../../support/servicenow';
import { clock } from '../../local/servicenow/fixture';

function setup() {
  const time = clock();
  const instance = new ServiceNowInstance({ now: time.now, accounts: DEMO_ACCOUNTS, clients: [DEMO_CLIENT] });
  instance.insert('incident', { number: 'INC1' });
  const { http, paths } = instanceHttp(instance);
  const { timer, sleeps } = clockTimer(time);
  return { time, instance, http, paths, timer, sleeps };
}

const PARAMS = { sysparm_fields: 'number', sysparm_limit: '10' };

async function failureOf(promise: Promise<unknown>): Promise<ServiceNowFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ServiceNowFailure) return error;
    throw error;
  }
  throw new Error('expected a ServiceNowFailure');
}

describe('ServiceNow table client: retries and errors', () => {
  it('reads a v2 page with its total and next link', async () => {
    const { http, timer, paths } = setup();
    const { client } = connect(http, timer);
    expect(await client.page('incident', PARAMS)).toEqual({
      rows: [{ number: 'INC1' }],
      total: 1,
      hasNext: false,
    });
    expect(paths).toEqual(['/api/now/v2/table/incident?sysparm_fields=number&sysparm_limit=10']);
  });

  it('waits the Retry-After seconds on 429, then reads', async () => {
    const { instance, http, timer, sleeps } = setup();
    instance.faults.add({ status: 429, retryAfterSeconds: 7, times: 2 });
    const { client } = connect(http, timer);
    expect((await client.page('incident', PARAMS)).rows).toHaveLength(1);
    expect(sleeps).toEqual([7000, 7000]);
    expect([client.calls, client.waitedMs]).toEqual([3, 14_000]);
  });

  it('backs off exponentially on 5xx and on no answer, then gives up with the attempts counted', async () => {
    const { instance, http, timer, sleeps } = setup();
    instance.faults.add({ status: 502, times: 3 });
    const { client } = connect(http, timer);
    expect((await client.page('incident', PARAMS)).rows).toHaveLength(1);
    // base 1 s doubling, jitter fixed at the middle: 3/4 of 1, 2 and 4 s
    expect(sleeps).toEqual([750, 1500, 3000]);

    const outage = instance.faults.add({ status: 503, times: 10 });
    const failure = await failureOf(client.page('incident', PARAMS));
    expect([failure.code, failure.status, failure.message]).toEqual([
      'UNAVAILABLE',
      503,
      'incident: the instance is failing (HTTP 503 after 4 attempts: Service Unavailable).',
    ]);
    outage.remove();

    let calls = 0;
    const flaky: ServiceNowHttp = {
      send: async (request) => {
        calls += 1;
        if (calls <= 2) throw new TransportError('no answer from the instance (ECONNRESET)');
        return http.send(request);
      },
    };
    expect((await connect(flaky, timer).client.page('incident', PARAMS)).rows).toHaveLength(1);
  });

  it('ends at a Retry-After longer than it may wait, saying when to come back', async () => {
    const { instance, http, timer, sleeps } = setup();
    instance.faults.add({ status: 429, retryAfterSeconds: 3600 });
    const failure = await failureOf(connect(http, timer).client.page('incident', PARAMS));
    expect([failure.code, failure.retryAfterSeconds, sleeps]).toEqual(['RATE_LIMITED', 3600, []]);
    expect(failure.message).toBe(
      'incident: the instance is rate limiting the connector (HTTP 429: Rate limit exceeded (Too many requests; retry later)).',
    );
  });

  it('renews an expired token once on 401 and carries on', async () => {
    const { instance, http, timer } = setup();
    const { client, authorizer } = connect(http, timer, PASSWORD_GRANT);
    await client.page('incident', PARAMS);
    instance.auth.expireAccessTokens();
    expect((await client.page('incident', PARAMS)).rows).toHaveLength(1);
    // the password grant, then the refresh
    expect(authorizer.tokenRequests).toBe(2);
  });

  it('names configuration errors in words an admin can act on, without retrying them', async () => {
    const { http, timer } = setup();
    const noRoles = connect(http, timer, {
      kind: 'basic',
      userName: 'no.roles',
      password: 'no-roles',
    }).client;
    const forbidden = await failureOf(noRoles.page('incident', PARAMS));
    expect([forbidden.code, forbidden.message, noRoles.calls]).toEqual([
      'NO_ACCESS',
      "incident: no read access for the connector's account (HTTP 403: User Not Authorized (Read access to incident is not granted to no.roles)); grant it a role that reads incident.",
      1,
    ]);
    const missing = await failureOf(connect(http, timer).client.page('incidnet', PARAMS));
    expect([missing.code, missing.message]).toEqual([
      'NOT_FOUND',
      'incidnet: the table does not exist on this instance or an ACL hides it (HTTP 404: Invalid table incidnet).',
    ]);
    const wrong = connect(http, timer, { ...SERVICE_ACCOUNT, password: 'wrong-password' }).client;
    const refused = await failureOf(wrong.page('incident', PARAMS));
    expect([refused.code, refused.message]).toEqual([
      'AUTH',
      'incident: the instance refused the credentials (HTTP 401: User Not Authenticated (Required to provide Auth information)).',
    ]);
    expect(refused.message).not.toContain('wrong-password');
  });

  it('refuses a 200 that is not the Table API envelope', async () => {
    const { timer } = setup();
    const proxy: ServiceNowHttp = {
      send: async () => ({ status: 200, headers: {}, body: '<html>Login</html>' }),
    };
    const failure = await failureOf(connect(proxy, timer).client.page('incident', PARAMS));
    expect([failure.code, failure.message]).toEqual([
      'BAD_ANSWER',
      'incident: the instance answered 200 without a {"result": [...]} list.',
    ]);
  });
});

describe('ServiceNow authorizer', () => {
  it('reuses a token until a minute before it expires, then refreshes it', async () => {
    const { time, http, timer } = setup();
    const { client, authorizer } = connect(http, timer, PASSWORD_GRANT);
    await client.page('incident', PARAMS);
    time.advance(1739);
    await client.page('incident', PARAMS);
    expect(authorizer.tokenRequests).toBe(1);
    time.advance(1);
    await client.page('incident', PARAMS);
    expect(authorizer.tokenRequests).toBe(2);
  });

  it('falls back to the full grant when the refresh token is refused', async () => {
    const { time, http, timer } = setup();
    const { client, authorizer } = connect(http, timer, PASSWORD_GRANT);
    await client.page('incident', PARAMS);
    // refresh tokens last 100 days by default
    time.advance(101 * 86_400);
    expect((await client.page('incident', PARAMS)).rows).toHaveLength(1);
    expect(authorizer.tokenRequests).toBe(3);
  });

  it('says what to check when a grant is refused, and never shows the secrets', async () => {
    const { http, timer } = setup();
    const cc = connect(http, timer, {
      kind: 'oauth-client-credentials',
      clientId: 'cx-metrics-client',
      clientSecret: 'cx-metrics-secret',
    });
    const failure = await failureOf(cc.client.page('incident', PARAMS));
    expect([failure.code, failure.message]).toEqual([
      'AUTH',
      'The instance refused the OAuth client-credentials grant: check the client id and secret, that the grant is enabled (glide.oauth.inbound.client.credential.grant_type.enabled) and that the OAuth client names an application user.',
    ]);
    const password = connect(http, timer, { ...PASSWORD_GRANT, password: 'hunter2-secret' });
    const refused = await failureOf(password.client.page('incident', PARAMS));
    expect(refused.code).toBe('AUTH');
    expect(JSON.stringify({ message: refused.message, stack: refused.stack })).not.toMatch(
      /hunter2|cx-metrics-secret/,
    );
  });
});
