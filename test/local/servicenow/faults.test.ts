import { ServiceNowInstance, DEMO_ACCOUNTS } from '../../../src/local/servicenow';
import { call, clock, emptyInstance, rows } from './fixture';

const LIST = '/api/now/v2/table/incident?sysparm_fields=number';

describe('simulated ServiceNow: faults and rate limits', () => {
  it('answers an injected 429 with Retry-After, rule headers and the failure body, for the matching calls only', async () => {
    const instance = emptyInstance();
    instance.faults.add({ status: 429, pathPattern: /table\/incident/, retryAfterSeconds: 7, times: 1 });
    const limited = await call(instance, LIST);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.headers.get('x-ratelimit-rule')).toBe('injected');
    expect(limited.body).toEqual({
      error: { message: 'Rate limit exceeded', detail: 'Too many requests; retry later' },
      status: 'failure',
    });
    expect((await call(instance, LIST)).status).toBe(200);
  });

  it('storms 429s until a time on the runtime clock; semaphore exhaustion sends no rule headers', async () => {
    const time = clock();
    const instance = emptyInstance(time);
    instance.faults.storm(time.now(), 30, 5);
    expect((await call(instance, LIST)).status).toBe(429);
    time.advance(29);
    expect((await call(instance, LIST)).status).toBe(429);
    time.advance(1);
    expect((await call(instance, LIST)).status).toBe(200);
    instance.faults.add({ status: 429, ruleHeaders: false, times: 1 });
    const exhausted = await call(instance, LIST);
    expect([
      exhausted.status,
      exhausted.headers.get('retry-after'),
      exhausted.headers.get('x-ratelimit-rule'),
    ]).toEqual([429, '1', null]);
  });

  it('serves 5xx a given number of times with the failure body', async () => {
    const instance = emptyInstance();
    instance.faults.add({ status: 503, times: 2 });
    expect(await call(instance, LIST)).toMatchObject({
      status: 503,
      body: { error: { message: 'Service Unavailable' }, status: 'failure' },
    });
    expect((await call(instance, LIST)).status).toBe(503);
    expect((await call(instance, LIST)).status).toBe(200);
  });

  it('runs page hooks after each list page, so a test can change records between pages', async () => {
    const time = clock();
    const instance = emptyInstance(time);
    const first = instance.insert('incident', { number: 'INC1' });
    instance.insert('incident', { number: 'INC2' });
    const served: number[] = [];
    instance.faults.afterPage((page) => {
      served.push(page.count);
      if (page.count === 1) {
        time.advance(60);
        instance.update('incident', first.sys_id as string, { state: '2' }, 'beth.anglin');
      }
    });
    const path =
      '/api/now/v2/table/incident?sysparm_fields=number,sys_updated_on,sys_mod_count,sys_updated_by&sysparm_query=ORDERBYsys_updated_on&sysparm_limit=1';
    expect(rows(await call(instance, `${path}&sysparm_offset=0`))).toEqual([
      { number: 'INC1', sys_updated_on: '2025-06-02 12:00:00', sys_mod_count: '0', sys_updated_by: 'system' },
    ]);
    // INC1 moved behind INC2: offset 1 now holds INC1 again, and INC2 is never seen.
    expect(rows(await call(instance, `${path}&sysparm_offset=1`))).toEqual([
      {
        number: 'INC1',
        sys_updated_on: '2025-06-02 12:01:00',
        sys_mod_count: '1',
        sys_updated_by: 'beth.anglin',
      },
    ]);
    expect(served).toEqual([1, 2]);
  });

  it('enforces an hourly rate-limit rule per user with ServiceNow headers', async () => {
    const time = clock(new Date('2025-06-02T12:59:58Z'));
    const instance = new ServiceNowInstance({
      now: time.now,
      accounts: DEMO_ACCOUNTS,
      rateLimit: { perHour: 2, id: 'rule-1' },
    });
    const reset = String(Date.UTC(2025, 5, 2, 13) / 1000);
    const first = await call(instance, LIST);
    expect([
      first.status,
      first.headers.get('x-ratelimit-limit'),
      first.headers.get('x-ratelimit-reset'),
      first.headers.get('x-ratelimit-rule'),
    ]).toEqual([200, '2', reset, 'rule-1']);
    expect((await call(instance, LIST)).status).toBe(200);
    const refused = await call(instance, LIST);
    expect(refused).toMatchObject({
      status: 429,
      body: { error: { message: 'Rate limit exceeded' }, status: 'failure' },
    });
    expect(refused.headers.get('retry-after')).toBe('2');
    time.advance(2);
    expect((await call(instance, LIST)).status).toBe(200);
  });
});
