import { IDS, getJson, smallSite } from './fixture';

const ana = { as: 'user', accountId: IDS.ana } as const;
const cleo = { as: 'user', accountId: IDS.cleo } as const;

describe('GET /rest/api/3/issue/{key}', () => {
  it('answers the issue with the fields the app reads', async () => {
    const { status, body } = await getJson(smallSite(), '/rest/api/3/issue/SD-1');
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: '10000', key: 'SD-1', self: '/rest/api/3/issue/10000' });
    expect(body.fields).toMatchObject({
      summary: 'Printer on floor 2 is jammed',
      created: '2025-03-03T09:00:00.000+0000',
      resolutiondate: '2025-03-03T10:00:00.000+0000',
      resolution: { id: '10000', name: 'Done' },
      priority: { id: '2', name: 'High' },
      status: { id: '10004', name: 'Resolved', statusCategory: { key: 'done', id: 3 } },
      assignee: { accountId: IDS.itAgent, accountType: 'atlassian' },
      reporter: { accountId: IDS.ana, accountType: 'customer' },
      project: { id: '10000', key: 'SD', projectTypeKey: 'service_desk' },
      issuetype: { id: '10101', name: 'Service Request' },
      timespent: 1800,
      customfield_10010: {
        requestType: { id: '11', name: 'Get IT help' },
        currentStatus: { status: 'Resolved', statusCategory: 'DONE' },
        _links: { web: '/portal/request/SD-1' },
      },
      customfield_10026: [expect.objectContaining({ accountId: IDS.ben })],
    });
    expect(body.changelog).toBeUndefined();
  });

  it('narrows to the requested fields and expands the changelog on request', async () => {
    const { body } = await getJson(
      smallSite(),
      '/rest/api/3/issue/SD-1?fields=resolution,resolutiondate&expand=changelog',
    );
    expect(Object.keys(body.fields).sort()).toEqual(['resolution', 'resolutiondate']);
    expect(body.changelog).toMatchObject({ startAt: 0, total: 3 });
  });

  it('shows null resolution and assignee for an open, unassigned issue', async () => {
    const { body } = await getJson(smallSite(), '/rest/api/3/issue/SD-2');
    expect(body.fields).toMatchObject({ resolution: null, resolutiondate: null, assignee: null });
  });

  it('hides internal comments from customers and refuses other customers with Jira’s 404', async () => {
    const site = smallSite();
    const forAna = await getJson(site, '/rest/api/3/issue/SD-1?fields=comment', ana);
    expect(forAna.body.fields.comment.total).toBe(1);
    const refused = await getJson(site, '/rest/api/3/issue/SD-1', cleo);
    expect(refused.status).toBe(404);
    expect(refused.body).toEqual({
      errorMessages: ['Issue does not exist or you do not have permission to see it.'],
      errors: {},
    });
  });
});

describe('GET /rest/api/3/issue/{key}/changelog', () => {
  it('lists histories with ids, authors and items, oldest first', async () => {
    const { status, body } = await getJson(smallSite(), '/rest/api/3/issue/SD-1/changelog');
    expect(status).toBe(200);
    expect(body).toMatchObject({ startAt: 0, maxResults: 100, total: 3, isLast: true });
    expect(body.values.map((history: { id: string }) => history.id)).toEqual(['30000', '30001', '30002']);
    expect(body.values[2]).toEqual({
      id: '30002',
      author: expect.objectContaining({ accountId: IDS.itAgent }),
      created: '2025-03-03T10:00:00.000+0000',
      items: [
        {
          field: 'resolution',
          fieldtype: 'jira',
          fieldId: 'resolution',
          from: null,
          fromString: null,
          to: '10000',
          toString: 'Done',
        },
        {
          field: 'status',
          fieldtype: 'jira',
          fieldId: 'status',
          from: '10002',
          fromString: 'In Progress',
          to: '10004',
          toString: 'Resolved',
        },
      ],
    });
  });

  it('pages with startAt and maxResults and links the next page', async () => {
    const site = smallSite();
    const first = await getJson(site, '/rest/api/3/issue/SD-1/changelog?startAt=0&maxResults=2');
    expect(first.body).toMatchObject({ startAt: 0, maxResults: 2, total: 3, isLast: false });
    expect(first.body.values).toHaveLength(2);
    expect(first.body.nextPage).toContain('startAt=2');
    const second = await getJson(site, '/rest/api/3/issue/SD-1/changelog?startAt=2&maxResults=2');
    expect(second.body).toMatchObject({ startAt: 2, isLast: true });
    expect(second.body.values.map((history: { id: string }) => history.id)).toEqual(['30002']);
    expect((await getJson(site, '/rest/api/3/issue/SD-1/changelog?startAt=x')).status).toBe(400);
  });
});

describe('comments and worklogs', () => {
  it('answers comments in ADF with JSM visibility', async () => {
    const { body } = await getJson(smallSite(), '/rest/api/3/issue/SD-1/comment');
    expect(body).toMatchObject({ startAt: 0, total: 2 });
    expect(body.comments[0]).toMatchObject({
      id: '20000',
      jsdPublic: true,
      author: { accountId: IDS.itAgent },
      created: '2025-03-03T09:10:00.000+0000',
      body: {
        type: 'doc',
        version: 1,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Looking at it now.' }] }],
      },
    });
    expect(body.comments[1].jsdPublic).toBe(false);
  });

  it('answers worklogs with seconds and Jira duration text', async () => {
    const { body } = await getJson(smallSite(), '/rest/api/3/issue/SD-1/worklog');
    expect(body).toMatchObject({ startAt: 0, total: 1 });
    expect(body.worklogs[0]).toMatchObject({
      id: '40000',
      issueId: '10000',
      timeSpentSeconds: 1800,
      timeSpent: '30m',
      started: '2025-03-03T09:30:00.000+0000',
      author: { accountId: IDS.itAgent },
    });
  });
});
