import fc from 'fast-check';
import type { Envelope } from '../../src/contract/envelope';
import type { AgentTicketResult, PortalSurvey } from '../../src/contract/survey';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/** Payloads a customer's browser could send that must never become an answer. */
const hostile = fc.oneof(
  fc.constant(null),
  fc.constant('ces=7'),
  fc.integer(),
  fc.array(fc.integer()),
  fc.record({
    ces: fc.oneof(
      fc.integer({ max: 0 }),
      fc.integer({ min: 8 }),
      fc.double({ min: 1.1, max: 6.9, noInteger: true }),
    ),
  }),
  fc.record({ csat: fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 6 }), fc.string(), fc.boolean()) }),
  fc.record({ ces: fc.constantFrom('5', true, null, [6], { value: 6 }) }),
  fc.record({
    ces: fc.integer({ min: 1, max: 7 }),
    comment: fc.string({ minLength: 2001, maxLength: 2100 }),
  }),
  fc.record({
    csat: fc.integer({ min: 1, max: 5 }),
    comment: fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<b>bold</b>',
      '<!-- x -->',
    ),
  }),
  fc.record({ ces: fc.integer({ min: 1, max: 7 }), comment: fc.integer() }),
  fc.record({ ces: fc.integer({ min: 1, max: 7 }), respondent: fc.string(), surveyId: fc.string() }),
  fc.record({ comment: fc.string({ maxLength: 50 }) }),
  fc.constant({}),
);

describe('hostile survey payloads through the real resolver', () => {
  let local: Site;
  let key: string;

  beforeAll(async () => {
    local = await startLocalSite();
    key = local.site.listRequests({ limit: 5, projectKey: 'SD', status: 'open' })[0]!.key;
    await local.runtime.deliverProductEvent(local.site.resolve(key));
    await local.clock.advance(3600 + 300);
    await local.runtime.idle();
  });
  afterAll(() => local.close());

  const call = async <T>(resolverKey: string, payload: unknown, moduleKey = 'cx-portal-survey') => {
    const request = local.site.request(key)!;
    const portal = moduleKey === 'cx-portal-survey';
    return (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey,
        accountId: portal ? request.reporterId : local.site.agents()[0]!.accountId,
        accountType: portal ? 'customer' : 'licensed',
        localId: 'x',
        extension: portal
          ? { type: 'jiraServiceManagement:portalRequestDetail', request: { key } }
          : { type: 'jira:issuePanel', issue: { id: request.issueId, key } },
      },
      resolverKey,
      payload,
    )) as Envelope<T>;
  };

  it('refuses each of 1,000 malformed or hostile answers with a clear error, and stores nothing', async () => {
    const samples = fc.sample(hostile, { numRuns: 1000, seed: 20261123 });
    for (const payload of samples) {
      const answer = await call<PortalSurvey>('submitSurvey', payload);
      if (answer.ok) throw new Error(`Accepted a hostile payload: ${JSON.stringify(payload)}`);
      expect(answer.error.code).toBe('INVALID_INPUT');
      expect(answer.error.message.length).toBeGreaterThan(10);
      expect(answer.error.fields?.length).toBeGreaterThan(0);
    }
    const view = await call<AgentTicketResult>('getTicketResult', {}, 'cx-issue-panel');
    expect(view).toMatchObject({ ok: true, data: { survey: { state: 'invited' }, answer: null } });
    expect(local.runtime.log.countBy('error')).toBe(0);
  });

  it('names the field and the rule in the error', async () => {
    expect(await call('submitSurvey', { ces: 9 })).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringContaining('1 to 7'),
        fields: [{ field: 'ces', message: expect.stringContaining('1 to 7') }],
      },
    });
  });
});
