import { IDS, NOW, getJson, smallSite } from './fixture';

const ana = { as: 'user', accountId: IDS.ana } as const;
const ben = { as: 'user', accountId: IDS.ben } as const;
const cleo = { as: 'user', accountId: IDS.cleo } as const;
const itAgent = { as: 'user', accountId: IDS.itAgent } as const;
const hrAgent = { as: 'user', accountId: IDS.hrAgent } as const;

describe('GET /rest/servicedeskapi/request/{key}', () => {
  it('answers the customer request with reporter, status, ids, dates and the local portal link', async () => {
    const { status, body } = await getJson(smallSite(), '/rest/servicedeskapi/request/SD-1');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      issueId: '10000',
      issueKey: 'SD-1',
      requestTypeId: '11',
      serviceDeskId: '1',
      createdDate: {
        iso8601: '2025-03-03T09:00:00+0000',
        jira: '2025-03-03T09:00:00.000+0000',
        epochMillis: Date.parse('2025-03-03T09:00:00Z'),
      },
      reporter: { accountId: IDS.ana, displayName: 'Ana Customer', active: true },
      currentStatus: {
        status: 'Resolved',
        statusCategory: 'DONE',
        statusDate: { iso8601: '2025-03-03T10:00:00+0000' },
      },
      requestFieldValues: [{ fieldId: 'summary', value: 'Printer on floor 2 is jammed' }],
      _links: { web: '/portal/request/SD-1', jiraRest: '/rest/api/2/issue/10000' },
    });
    expect(typeof body.createdDate.friendly).toBe('string');
  });

  it('accepts the issue id as well as the key', async () => {
    const { body } = await getJson(smallSite(), '/rest/servicedeskapi/request/10000');
    expect(body.issueKey).toBe('SD-1');
  });

  it('lets a reporter and a participant read the request, and answers 404 to any other customer', async () => {
    const site = smallSite();
    expect((await getJson(site, '/rest/servicedeskapi/request/SD-1', ana)).status).toBe(200);
    expect((await getJson(site, '/rest/servicedeskapi/request/SD-1', ben)).status).toBe(200);
    const refused = await getJson(site, '/rest/servicedeskapi/request/SD-1', cleo);
    expect(refused.status).toBe(404);
    expect(refused.body).toEqual({
      errorMessage: 'Request does not exist or you do not have permission to see it.',
      i18nErrorMessage: { i18nKey: 'sd.request.error.not.found', parameters: [] },
    });
  });

  it("lets agents read their desk's requests only", async () => {
    const site = smallSite();
    expect((await getJson(site, '/rest/servicedeskapi/request/SD-1', itAgent)).status).toBe(200);
    expect((await getJson(site, '/rest/servicedeskapi/request/SD-1', hrAgent)).status).toBe(404);
    expect((await getJson(site, '/rest/servicedeskapi/request/HR-1', hrAgent)).status).toBe(200);
  });

  it('answers 404 for an unknown request', async () => {
    expect((await getJson(smallSite(), '/rest/servicedeskapi/request/SD-99')).status).toBe(404);
  });
});

describe('participants', () => {
  it('pages the participants as JSM users', async () => {
    const { status, body } = await getJson(smallSite(), '/rest/servicedeskapi/request/SD-1/participant');
    expect(status).toBe(200);
    expect(body).toMatchObject({ size: 1, start: 0, limit: 50, isLastPage: true });
    expect(body.values).toEqual([
      expect.objectContaining({
        accountId: IDS.ben,
        displayName: 'Ben Customer',
        _links: expect.any(Object),
      }),
    ]);
  });
});

describe('comments', () => {
  it('shows agents and the app internal and public comments, customers only public ones', async () => {
    const site = smallSite();
    const forApp = await getJson(site, '/rest/servicedeskapi/request/SD-1/comment');
    expect(forApp.body.values.map((c: { public: boolean }) => c.public)).toEqual([true, false]);
    expect(forApp.body.values[0]).toMatchObject({
      id: '20000',
      body: 'Looking at it now.',
      public: true,
      author: { accountId: IDS.itAgent },
      created: { iso8601: '2025-03-03T09:10:00+0000' },
    });
    const forCustomer = await getJson(site, '/rest/servicedeskapi/request/SD-1/comment', ana);
    expect(forCustomer.body.values.map((c: { id: string }) => c.id)).toEqual(['20000']);
    const publicOnly = await getJson(site, '/rest/servicedeskapi/request/SD-1/comment?internal=false');
    expect(publicOnly.body.size).toBe(1);
  });

  it('pages with start and limit', async () => {
    const { body } = await getJson(smallSite(), '/rest/servicedeskapi/request/SD-1/comment?start=1&limit=1');
    expect(body).toMatchObject({ size: 1, start: 1, limit: 1, isLastPage: true });
    expect(body.values[0].id).toBe('20001');
    const first = await getJson(smallSite(), '/rest/servicedeskapi/request/SD-1/comment?start=0&limit=1');
    expect(first.body.isLastPage).toBe(false);
    expect(first.body._links.next).toContain('start=1');
  });

  it('adds a public comment by the app, authored by the app account, at the site clock', async () => {
    const site = smallSite();
    const posted = await getJson(
      site,
      '/rest/servicedeskapi/request/SD-1/comment',
      { as: 'app' },
      {
        method: 'POST',
        body: JSON.stringify({ body: 'How did we do? Tell us in the portal.', public: true }),
      },
    );
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({
      body: 'How did we do? Tell us in the portal.',
      public: true,
      author: { accountId: site.appAccountId(), displayName: 'CX Metrics' },
      created: { epochMillis: NOW.getTime() },
    });
    const listed = await getJson(site, '/rest/servicedeskapi/request/SD-1/comment', ana);
    expect(listed.body.values.at(-1)).toMatchObject({ id: posted.body.id, public: true });
    expect(site.request('SD-1')?.comments).toHaveLength(3);
  });

  it('rejects an invalid body with 400 and an internal comment by a customer with 403', async () => {
    const site = smallSite();
    const post = (body: string, caller: Parameters<typeof getJson>[2] = { as: 'app' }) =>
      getJson(site, '/rest/servicedeskapi/request/SD-1/comment', caller, { method: 'POST', body });
    expect((await post(JSON.stringify({ public: true }))).status).toBe(400);
    expect((await post('{not json')).status).toBe(400);
    expect((await post(JSON.stringify({ body: 'psst', public: false }), ana)).status).toBe(403);
    expect(site.request('SD-1')?.comments).toHaveLength(2);
  });
});

describe('SLA', () => {
  it('reports time to first response and time to resolution cycles', async () => {
    const { status, body } = await getJson(smallSite(), '/rest/servicedeskapi/request/SD-1/sla');
    expect(status).toBe(200);
    const [firstResponse, resolution] = body.values;
    expect(firstResponse).toMatchObject({
      name: 'Time to first response',
      completedCycles: [
        {
          startTime: { iso8601: '2025-03-03T09:00:00+0000' },
          stopTime: { iso8601: '2025-03-03T09:10:00+0000' },
          breached: false,
          goalDuration: { millis: 3_600_000 },
          elapsedTime: { millis: 600_000 },
        },
      ],
    });
    expect(firstResponse.ongoingCycle).toBeUndefined();
    expect(resolution).toMatchObject({
      name: 'Time to resolution',
      completedCycles: [
        { stopTime: { iso8601: '2025-03-03T10:00:00+0000' }, elapsedTime: { millis: 3_600_000 } },
      ],
    });
  });

  it('keeps an ongoing, breached cycle for an unanswered request and hides SLAs from customers', async () => {
    const site = smallSite();
    const { body } = await getJson(site, '/rest/servicedeskapi/request/SD-2/sla');
    expect(body.values[0].completedCycles).toEqual([]);
    expect(body.values[0].ongoingCycle).toMatchObject({ breached: true, paused: false });
    expect((await getJson(site, '/rest/servicedeskapi/request/SD-2/sla', cleo)).status).toBe(403);
  });
});

describe('feedback', () => {
  // Feedback is one of JSM's experimental operations: every call opts in.
  const optIn = { 'X-ExperimentalApi': 'opt-in' };

  it('answers 404 before any feedback, then stores the reporter’s rating', async () => {
    const site = smallSite();
    const read = (caller?: Parameters<typeof getJson>[2]) =>
      getJson(site, '/rest/servicedeskapi/request/SD-1/feedback', caller, { headers: optIn });
    expect((await read(ana)).status).toBe(404);
    const posted = await getJson(site, '/rest/servicedeskapi/request/SD-1/feedback', ana, {
      method: 'POST',
      headers: optIn,
      body: JSON.stringify({ type: 'csat', rating: 4, comment: { body: 'Quick fix' } }),
    });
    expect(posted.status).toBe(200);
    expect(posted.body).toEqual({ type: 'csat', rating: 4, comment: { body: 'Quick fix' } });
    expect((await read()).body.rating).toBe(4);
  });

  it('refuses to read or give feedback without X-ExperimentalApi: opt-in, with JSM’s 412', async () => {
    const site = smallSite();
    const refusal = {
      errorMessage:
        "This API is experimental. Experimental APIs are not guaranteed to be stable within the preview period. You must set the header 'X-ExperimentalApi: opt-in' to opt into using this API.",
      i18nErrorMessage: { i18nKey: 'sd.api.experimental.optin.required', parameters: [] },
    };
    const read = await getJson(site, '/rest/servicedeskapi/request/SD-1/feedback');
    expect([read.status, read.body]).toEqual([412, refusal]);
    // Refused before the request is looked up: an unknown request is refused the same way.
    expect((await getJson(site, '/rest/servicedeskapi/request/SD-99/feedback')).status).toBe(412);
    const wrongValue = await getJson(site, '/rest/servicedeskapi/request/SD-1/feedback', undefined, {
      headers: { 'X-ExperimentalApi': 'true' },
    });
    expect(wrongValue.status).toBe(412);
    const given = await getJson(site, '/rest/servicedeskapi/request/SD-1/feedback', ana, {
      method: 'POST',
      body: JSON.stringify({ rating: 5 }),
    });
    expect([given.status, given.body]).toEqual([412, refusal]);
    expect(site.request('SD-1')!.feedback).toBeNull();
    // Header names are case-insensitive.
    const lower = await getJson(site, '/rest/servicedeskapi/request/SD-1/feedback', undefined, {
      headers: { 'x-experimentalapi': 'opt-in' },
    });
    expect(lower.status).toBe(404);
  });

  it('refuses a participant, an out-of-range rating and an unresolved request', async () => {
    const site = smallSite();
    const post = (path: string, caller: Parameters<typeof getJson>[2], rating: number) =>
      getJson(site, path, caller, { method: 'POST', headers: optIn, body: JSON.stringify({ rating }) });
    expect((await post('/rest/servicedeskapi/request/SD-1/feedback', ben, 5)).status).toBe(403);
    expect((await post('/rest/servicedeskapi/request/SD-1/feedback', ana, 6)).status).toBe(400);
    expect((await post('/rest/servicedeskapi/request/HR-1/feedback', ana, 5)).status).toBe(400);
  });
});

describe('service desks and request types', () => {
  it('lists the desks a caller can reach', async () => {
    const site = smallSite();
    const all = await getJson(site, '/rest/servicedeskapi/servicedesk');
    expect(all.body.values).toEqual([
      expect.objectContaining({ id: '1', projectId: '10000', projectKey: 'SD', projectName: 'IT Help Desk' }),
      expect.objectContaining({ id: '2', projectKey: 'HR' }),
    ]);
    const forCleo = await getJson(site, '/rest/servicedeskapi/servicedesk', cleo);
    expect(forCleo.body.values.map((desk: { projectKey: string }) => desk.projectKey)).toEqual(['SD']);
  });

  it("lists a desk's request types by desk id or project key", async () => {
    const site = smallSite();
    const { body } = await getJson(site, '/rest/servicedeskapi/servicedesk/1/requesttype');
    expect(body.values).toEqual([
      expect.objectContaining({ id: '11', name: 'Get IT help', serviceDeskId: '1', issueTypeId: '10101' }),
      expect.objectContaining({ id: '12', name: 'Report a problem', issueTypeId: '10100' }),
    ]);
    expect((await getJson(site, '/rest/servicedeskapi/servicedesk/HR/requesttype')).body.size).toBe(1);
    expect((await getJson(site, '/rest/servicedeskapi/servicedesk/2/requesttype', cleo)).status).toBe(404);
  });
});
