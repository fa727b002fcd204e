import { join } from 'node:path';
import { axiosServiceNowHttp } from '../../../src/adapters/servicenow/axios-http';
import { TransportError } from '../../../src/app/servicenow';
import { backendEgress, egressAllows } from '../../../src/local/platform/egress';
import { runInScope } from '../../../src/local/platform/invocation';
import { OutboundEgress } from '../../../src/local/platform/outbound-fetch';
import { emptyInstance } from '../servicenow/fixture';

const inInvocation = <T>(work: () => Promise<T>) =>
  runInScope({ moduleKey: 'five-minute-tick', deadline: Date.now() + 55_000 }, work);

describe('runtime egress', () => {
  it('reads the manifest: the connector may call ServiceNow instances and nothing else', () => {
    expect(backendEgress(join(__dirname, '../../..'))).toEqual(['*.service-now.com']);
  });

  it('matches as the platform does: host only, a wildcard never covers its parent, HTTPS only', () => {
    const entries = ['*.service-now.com'];
    expect(egressAllows(entries, 'https://acme.service-now.com/api/now/v2/table/incident')).toBe(true);
    expect(egressAllows(entries, 'https://ACME.Service-Now.com:443/oauth_token.do')).toBe(true);
    expect(egressAllows(entries, 'https://service-now.com/')).toBe(false);
    expect(egressAllows(entries, 'http://acme.service-now.com/')).toBe(false);
    expect(egressAllows(entries, 'https://acme.service-now.com.evil.example/')).toBe(false);
    expect(egressAllows(entries, 'https://servicedesk.acme.example/')).toBe(false);
    expect(
      egressAllows(['https://servicedesk.acme.example/api'], 'https://servicedesk.acme.example/other'),
    ).toBe(true);
    expect(egressAllows(['*'], 'https://anything.example/')).toBe(true);
    expect(egressAllows(entries, 'not a url')).toBe(false);
  });

  describe('the local runtime holds the connector to it', () => {
    const outbound = new OutboundEgress(['*.service-now.com']);
    const instance = emptyInstance();
    outbound.play('cxdemo.service-now.com', (request) => instance.fetch(request));
    let restore: () => void;
    beforeAll(() => (restore = outbound.install()));
    afterAll(() => restore());

    it('answers an undeclared host with 403, as Forge does, without reaching it', async () => {
      const http = axiosServiceNowHttp('https://servicedesk.acme.example');
      const answer = await inInvocation(() =>
        http.send({ method: 'GET', path: '/api/now/v2/table/incident', headers: {} }),
      );
      expect(answer.status).toBe(403);
      expect(outbound.refused).toEqual(['servicedesk.acme.example']);
    });

    it('lets a declared instance through, and a declared host nobody serves is unreachable', async () => {
      const demo = axiosServiceNowHttp('https://cxdemo.service-now.com');
      const answer = await inInvocation(() =>
        demo.send({ method: 'GET', path: '/api/now/v2/table/incident?sysparm_limit=1', headers: {} }),
      );
      expect(answer.status).toBe(401);
      const missing = axiosServiceNowHttp('https://nobody.service-now.com');
      const error = await inInvocation(() =>
        missing.send({ method: 'GET', path: '/api/now/v2/table/incident', headers: {} }),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TransportError);
      expect((error as Error).message).toBe('no answer from the instance (ENOTFOUND)');
    });
  });
});
