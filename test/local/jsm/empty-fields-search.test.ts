import { IDS, getJson, smallSite } from './fixture';

const search = (jql: string) =>
  getJson(smallSite(), `/rest/api/3/search/jql?fields=summary&jql=${encodeURIComponent(jql)}`);

describe('JQL on empty fields (the data-quality links)', () => {
  it('finds the requests with no assignee, and no team (the assignee’s), and none with no priority', async () => {
    const site = smallSite();
    const all = site.listRequests({ limit: 100 });
    const unassigned = all.filter((request) => request.assigneeId === null).map((request) => request.key);
    const { status, body } = await search('project = SD AND assignee is EMPTY ORDER BY key ASC');
    expect(status).toBe(200);
    expect(body.issues.map((issue: { key: string }) => issue.key)).toEqual(
      unassigned.filter((key) => key.startsWith('SD-')),
    );
    const assigned = await search('project = SD AND assignee is not EMPTY');
    expect(assigned.body.issues.length + body.issues.length).toBe(
      all.filter((r) => r.key.startsWith('SD-')).length,
    );
    const team = await search('project = SD AND cf[10001] is EMPTY');
    const itAgent = site.users().find((user) => user.accountId === IDS.itAgent)!;
    expect(team.body.issues.length).toBeGreaterThanOrEqual(itAgent.team ? body.issues.length : 0);
    expect((await search('project = SD AND priority is EMPTY')).body.issues).toEqual([]);
  });

  it('refuses a field it does not know, as Jira answers a JQL error', async () => {
    const { status, body } = await search('project = SD AND cf[99] is EMPTY');
    expect(status).toBe(400);
    expect(body.errorMessages[0]).toMatch(/cf\[99\]/);
  });
});
