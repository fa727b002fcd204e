import { NOW, getJson, smallSite } from './fixture';

describe('fault injection', () => {
  it('serves 429 with Retry-After for the matching path, then answers normally', async () => {
    const site = smallSite();
    site.faults.add({ pathPattern: /\/comment/, status: 429, retryAfterSeconds: 5, times: 1 });
    const path = '/rest/servicedeskapi/request/SD-1/comment';
    const limited = await getJson(site, path);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('5');
    expect(limited.body).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
    // Other paths were never affected, and the fault is spent after one call.
    expect((await getJson(site, '/rest/servicedeskapi/request/SD-1')).status).toBe(200);
    expect((await getJson(site, path)).status).toBe(200);
  });

  it('fails before handling, so a faulted POST changes nothing', async () => {
    const site = smallSite();
    site.faults.add({ method: 'POST', status: 503, times: 2 });
    const post = () =>
      getJson(
        site,
        '/rest/servicedeskapi/request/SD-1/comment',
        { as: 'app' },
        {
          method: 'POST',
          body: JSON.stringify({ body: 'Survey', public: true }),
        },
      );
    expect((await post()).status).toBe(503);
    expect((await getJson(site, '/rest/servicedeskapi/request/SD-1')).status).toBe(200);
    expect((await post()).status).toBe(503);
    expect(site.request('SD-1')?.comments).toHaveLength(2);
    expect((await post()).status).toBe(201);
  });

  it('serves a 5xx until a time on the site clock, then recovers', async () => {
    let now = NOW;
    const site = smallSite(() => now);
    site.faults.add({ status: 502, until: new Date(NOW.getTime() + 60_000) });
    expect((await getJson(site, '/rest/api/3/myself')).status).toBe(502);
    now = new Date(NOW.getTime() + 59_999);
    expect((await getJson(site, '/rest/api/3/issue/SD-1')).status).toBe(502);
    now = new Date(NOW.getTime() + 60_000);
    expect((await getJson(site, '/rest/api/3/myself')).status).toBe(200);
    expect(site.faults.active(now)).toEqual([]);
  });

  it('can be removed or cleared, and refuses a non-error status', async () => {
    const site = smallSite();
    const handle = site.faults.add({ status: 500 });
    expect((await getJson(site, '/rest/api/3/myself')).status).toBe(500);
    handle.remove();
    expect((await getJson(site, '/rest/api/3/myself')).status).toBe(200);
    site.faults.add({ status: 500 });
    site.faults.clear();
    expect((await getJson(site, '/rest/api/3/myself')).status).toBe(200);
    expect(() => site.faults.add({ status: 200 })).toThrow(RangeError);
  });
});
