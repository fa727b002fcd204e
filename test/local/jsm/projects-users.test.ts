import { IDS, getJson, smallSite } from './fixture';

const as = (accountId: string) => ({ as: 'user', accountId }) as const;

describe('GET /rest/api/3/project/search', () => {
  it('pages every project for the app', async () => {
    const site = smallSite();
    const first = await getJson(site, '/rest/api/3/project/search?maxResults=1&orderBy=key');
    expect(first.body).toMatchObject({ startAt: 0, maxResults: 1, total: 2, isLast: false });
    expect(first.body.values).toEqual([
      expect.objectContaining({
        id: '10001',
        key: 'HR',
        name: 'HR Services',
        projectTypeKey: 'service_desk',
      }),
    ]);
    expect(first.body.nextPage).toContain('startAt=1');
    const second = await getJson(site, '/rest/api/3/project/search?maxResults=1&startAt=1&orderBy=key');
    expect(second.body).toMatchObject({ startAt: 1, isLast: true });
    expect(second.body.values[0].key).toBe('SD');
  });

  it('lists only the projects a user can browse', async () => {
    const site = smallSite();
    const keys = async (accountId: string) =>
      (await getJson(site, '/rest/api/3/project/search', as(accountId))).body.values.map(
        (p: { key: string }) => p.key,
      );
    expect(await keys(IDS.itAgent)).toEqual(['SD']);
    expect(await keys(IDS.hrAgent)).toEqual(['HR']);
    expect(await keys(IDS.cleo)).toEqual(['SD']);
    expect(await keys(IDS.ana)).toEqual(['HR', 'SD']);
  });
});

describe('GET /rest/api/3/mypermissions', () => {
  const path = (query: string) => `/rest/api/3/mypermissions?${query}`;

  it('answers each requested permission for the caller in the project', async () => {
    const site = smallSite();
    const agent = await getJson(
      site,
      path('projectKey=SD&permissions=BROWSE_PROJECTS,ADMINISTER_PROJECTS'),
      as(IDS.itAgent),
    );
    expect(agent.status).toBe(200);
    expect(agent.body.permissions).toEqual({
      BROWSE_PROJECTS: expect.objectContaining({
        key: 'BROWSE_PROJECTS',
        id: '10',
        type: 'PROJECT',
        havePermission: true,
      }),
      ADMINISTER_PROJECTS: expect.objectContaining({ key: 'ADMINISTER_PROJECTS', havePermission: false }),
    });
    const other = await getJson(site, path('projectKey=HR&permissions=BROWSE_PROJECTS'), as(IDS.itAgent));
    expect(other.body.permissions.BROWSE_PROJECTS.havePermission).toBe(false);
  });

  it('scopes to an issue: a customer browses their own request but does not work on it', async () => {
    const site = smallSite();
    const own = await getJson(
      site,
      path('issueKey=SD-1&permissions=BROWSE_PROJECTS,RESOLVE_ISSUES'),
      as(IDS.ana),
    );
    expect(own.body.permissions.BROWSE_PROJECTS.havePermission).toBe(true);
    expect(own.body.permissions.RESOLVE_ISSUES.havePermission).toBe(false);
    expect((await getJson(site, path('issueKey=SD-2&permissions=BROWSE_PROJECTS'), as(IDS.ana))).status).toBe(
      404,
    );
  });

  it('requires known permissions and projects', async () => {
    const site = smallSite();
    expect((await getJson(site, path('projectKey=SD'))).status).toBe(400);
    expect((await getJson(site, path('projectKey=SD&permissions=FLY'))).status).toBe(400);
    const missing = await getJson(site, path('projectKey=NOPE&permissions=BROWSE_PROJECTS'));
    expect(missing.status).toBe(404);
    expect(missing.body.errorMessages).toEqual(["No project could be found with key 'NOPE'."]);
  });
});

describe('users', () => {
  it('answers /myself for a user and for the app', async () => {
    const site = smallSite();
    const me = await getJson(site, '/rest/api/3/myself', as(IDS.itAgent));
    expect(me.body).toMatchObject({
      accountId: IDS.itAgent,
      accountType: 'atlassian',
      displayName: 'Ivy Agent',
      active: true,
      locale: 'en_US',
      groups: { size: 1 },
    });
    const app = await getJson(site, '/rest/api/3/myself');
    expect(app.body).toMatchObject({ accountId: site.appAccountId(), accountType: 'app' });
  });

  it('looks a user up by account id, hiding customers from other customers', async () => {
    const site = smallSite();
    const found = await getJson(site, `/rest/api/3/user?accountId=${IDS.ben}`);
    expect(found.body).toMatchObject({
      accountId: IDS.ben,
      accountType: 'customer',
      displayName: 'Ben Customer',
    });
    expect((await getJson(site, `/rest/api/3/user?accountId=${IDS.ben}`, as(IDS.ana))).status).toBe(404);
    expect((await getJson(site, `/rest/api/3/user?accountId=${IDS.itAgent}`, as(IDS.ana))).status).toBe(200);
    expect((await getJson(site, '/rest/api/3/user?accountId=nobody')).status).toBe(404);
    expect((await getJson(site, '/rest/api/3/user')).status).toBe(400);
  });
});

describe('routing', () => {
  it('answers an unknown path with Jira’s 404 body, a wrong method with 405, an unknown caller with 401', async () => {
    const site = smallSite();
    const unknown = await getJson(site, '/rest/api/3/dashboard');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      errorMessages: ['No resource found for GET /rest/api/3/dashboard'],
      errors: {},
    });
    const wrong = await getJson(site, '/rest/api/3/issue/SD-1', { as: 'app' }, { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('Allow')).toBe('GET');
    expect((await getJson(site, '/rest/api/3/myself', as('ghost'))).status).toBe(401);
  });
});
