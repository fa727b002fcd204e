import { IDS, getJson, smallSite } from './fixture';

const post = (fields: Record<string, unknown>, caller?: Parameters<typeof getJson>[2]) => {
  const site = smallSite();
  return getJson(site, '/rest/api/3/issue', caller, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ fields }),
  }).then((answer) => ({ ...answer, site }));
};

const valid = {
  project: { key: 'SD' },
  issuetype: { name: 'Task' },
  summary: 'CES review: February 2026',
  labels: ['cx-review-ces-2026-02'],
  duedate: '2026-03-31',
  assignee: { accountId: IDS.itAgent },
  description: {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }],
  },
};

describe('POST /rest/api/3/issue', () => {
  it('creates a plain issue with the next key of the project, found again by its label', async () => {
    const { status, body, site } = await post(valid);
    expect(status).toBe(201);
    expect(body).toEqual({
      id: expect.any(String),
      key: expect.stringMatching(/^SD-\d+$/),
      self: expect.any(String),
    });
    expect(site.tasks()).toEqual([
      expect.objectContaining({ key: body.key, assigneeId: IDS.itAgent, labels: ['cx-review-ces-2026-02'] }),
    ]);
    const search = await getJson(
      site,
      `/rest/api/3/search/jql?jql=${encodeURIComponent('project = SD AND labels = "cx-review-ces-2026-02"')}`,
    );
    expect(search.body.issues.map((issue: { key: string }) => issue.key)).toEqual([body.key]);
    expect(site.listRequests({ limit: 1000 }).some((request) => request.key === body.key)).toBe(false);
  });

  it.each([
    ['an unknown project', { project: { key: 'NOPE' } }, { project: 'valid project is required' }],
    ['an unknown issue type', { issuetype: { name: 'Epic' } }, { issuetype: 'valid issue type is required' }],
    ['no summary', { summary: ' ' }, { summary: 'You must specify a summary of the issue.' }],
    [
      'a description that is not a document',
      { description: 'plain text' },
      { description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)' },
    ],
    [
      'a label with a space',
      { labels: ['two words'] },
      { labels: "The label 'two words' contains spaces which is invalid." },
    ],
    ['a due date that is not one', { duedate: 'soon' }, { duedate: 'Error parsing date string: soon' }],
    [
      'an assignee who is not an agent of the project',
      { assignee: { accountId: IDS.ana } },
      { assignee: `User '${IDS.ana}' cannot be assigned issues.` },
    ],
    [
      'a field it does not know',
      { colour: 'red' },
      { colour: "Field 'colour' cannot be set. It is not on the appropriate screen, or unknown." },
    ],
  ])('refuses %s with 400, naming the field, and creates nothing', async (_what, change, errors) => {
    const { status, body, site } = await post({ ...valid, ...change });
    expect(status).toBe(400);
    expect(body).toEqual({ errorMessages: [], errors });
    expect(site.tasks()).toEqual([]);
  });

  it('refuses an assignee whose account is closed', async () => {
    const site = smallSite();
    site.deactivateUser(IDS.itAgent);
    const { status, body } = await getJson(site, '/rest/api/3/issue', undefined, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fields: valid }),
    });
    expect(status).toBe(400);
    expect(body.errors).toEqual({ assignee: `User '${IDS.itAgent}' cannot be assigned issues.` });
  });

  it('answers a customer as if the project did not exist', async () => {
    const { status, body } = await post(valid, { as: 'user', accountId: IDS.ana });
    expect(status).toBe(400);
    expect(body.errors.project).toBe('valid project is required');
  });
});

describe('GET /rest/api/3/user/assignable/search', () => {
  it('lists the active agents of the project and the administrators, by name', async () => {
    const site = smallSite();
    const { status, body } = await getJson(site, '/rest/api/3/user/assignable/search?project=SD');
    expect(status).toBe(200);
    const ids = body.map((user: { accountId: string }) => user.accountId);
    expect(ids).toContain(IDS.itAgent);
    expect(ids).not.toContain(IDS.ana);
    expect(ids).not.toContain(IDS.hrAgent);
    site.deactivateUser(IDS.itAgent);
    const after = await getJson(site, '/rest/api/3/user/assignable/search?project=SD');
    expect(after.body.map((user: { accountId: string }) => user.accountId)).not.toContain(IDS.itAgent);
  });

  it('needs a project, and answers 404 for one the caller cannot browse', async () => {
    expect((await getJson(smallSite(), '/rest/api/3/user/assignable/search')).status).toBe(400);
    const hidden = await getJson(smallSite(), '/rest/api/3/user/assignable/search?project=NOPE');
    expect(hidden.status).toBe(404);
  });
});
