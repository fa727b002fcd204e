import { parseJql } from '../../../src/local/jsm/jql';
import { IDS, NOW, getJson, smallSite } from './fixture';

const search = (
  site: ReturnType<typeof smallSite>,
  jql: string,
  extra = '',
  caller: Parameters<typeof getJson>[2] = { as: 'app' },
) => getJson(site, `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}${extra}`, caller);

const keysOf = (body: { issues: Array<{ key: string }> }) => body.issues.map((issue) => issue.key);

describe('JQL subset', () => {
  it('parses project lists, dates, resolution and ORDER BY', () => {
    expect(
      parseJql('project in (SD, "HR") AND resolved >= "2025-03-01" ORDER BY key DESC, created', NOW),
    ).toEqual({
      clauses: [
        { kind: 'project', values: ['SD', 'HR'] },
        { kind: 'date', field: 'resolved', op: '>=', at: Date.parse('2025-03-01T00:00:00Z') },
      ],
      orderBy: [
        { field: 'key', direction: 'DESC' },
        { field: 'created', direction: 'ASC' },
      ],
    });
    expect(parseJql("updated > '2025/03/03 09:30' and resolution is not EMPTY", NOW).clauses).toEqual([
      { kind: 'date', field: 'updated', op: '>', at: Date.parse('2025-03-03T09:30:00Z') },
      { kind: 'resolution', empty: false },
    ]);
    expect(parseJql('created >= -2d', NOW).clauses[0]).toMatchObject({ at: NOW.getTime() - 2 * 86_400_000 });
  });

  it.each([
    ['OR', 'project = SD OR project = HR'],
    ['an unknown field', 'assignee = currentUser()'],
    ['a contains operator', 'summary ~ printer'],
    ['a bad date', 'resolved >= "March 1st"'],
    ['an unclosed list', 'project in (SD, HR'],
    ['a missing value', 'project ='],
  ])('answers 400 with Jira’s error shape for %s', async (_label, jql) => {
    const { status, body } = await search(smallSite(), jql);
    expect(status).toBe(400);
    expect(body).toEqual({ errorMessages: [expect.stringMatching(/./)], errors: {} });
  });

  it('refuses an unbounded query and a project the caller cannot see', async () => {
    const site = smallSite();
    expect((await search(site, 'ORDER BY created')).body.errorMessages[0]).toMatch(/Unbounded/);
    const hidden = await search(site, 'project = HR', '', { as: 'user', accountId: IDS.itAgent });
    expect(hidden.status).toBe(400);
    expect(hidden.body.errorMessages).toEqual(["The value 'HR' does not exist for the field 'project'."]);
  });
});

describe('GET and POST /rest/api/3/search/jql', () => {
  it('returns only ids without fields, and the requested fields with them', async () => {
    const site = smallSite();
    const bare = await search(site, 'project = SD ORDER BY key');
    expect(bare.body).toEqual({ issues: [{ id: '10000' }, { id: '10001' }], isLast: true });
    const detailed = await search(site, 'project = SD ORDER BY key', '&fields=resolutiondate,created');
    expect(detailed.body.issues[0]).toEqual({
      expand: '',
      id: '10000',
      self: '/rest/api/3/issue/10000',
      key: 'SD-1',
      fields: { resolutiondate: '2025-03-03T10:00:00.000+0000', created: '2025-03-03T09:00:00.000+0000' },
    });
  });

  it('filters by resolution date, update date and resolution state', async () => {
    const site = smallSite();
    const fields = '&fields=key';
    expect(
      keysOf((await search(site, 'project in (SD, HR) AND resolved >= "2025-03-03"', fields)).body),
    ).toEqual(['SD-1']);
    expect(
      keysOf((await search(site, 'project in (SD, HR) AND resolved >= "2025-03-04"', fields)).body),
    ).toEqual([]);
    expect(
      keysOf(
        (await search(site, 'project in (SD, HR) AND updated >= "2025-03-03 11:00" ORDER BY key', fields))
          .body,
      ),
    ).toEqual(['HR-1', 'SD-2']);
    expect(keysOf((await search(site, 'resolution is EMPTY ORDER BY created DESC', fields)).body)).toEqual([
      'HR-1',
      'SD-2',
    ]);
  });

  it('pages with nextPageToken until isLast, without overlap', async () => {
    const site = smallSite();
    const body = { jql: 'project in (SD, HR) ORDER BY key ASC', maxResults: 2, fields: ['key'] };
    const post = (payload: object) =>
      getJson(
        site,
        '/rest/api/3/search/jql',
        { as: 'app' },
        { method: 'POST', body: JSON.stringify(payload) },
      );
    const first = await post(body);
    expect(keysOf(first.body)).toEqual(['HR-1', 'SD-1']);
    expect(first.body.isLast).toBe(false);
    expect(typeof first.body.nextPageToken).toBe('string');
    const second = await post({ ...body, nextPageToken: first.body.nextPageToken });
    expect(keysOf(second.body)).toEqual(['SD-2']);
    expect(second.body).toMatchObject({ isLast: true });
    expect(second.body.nextPageToken).toBeUndefined();
    const foreign = await post({ ...body, jql: 'project = SD', nextPageToken: first.body.nextPageToken });
    expect(foreign.status).toBe(400);
    expect((await post({ jql: 'project = SD', maxResults: 'ten' })).status).toBe(400);
  });

  it('shows a customer only their own and shared requests', async () => {
    const site = smallSite();
    const forAna = await search(site, 'project in (SD, HR) ORDER BY key', '&fields=key', {
      as: 'user',
      accountId: IDS.ana,
    });
    expect(keysOf(forAna.body)).toEqual(['HR-1', 'SD-1']);
    const forBen = await search(site, 'project = SD', '&fields=key', { as: 'user', accountId: IDS.ben });
    expect(keysOf(forBen.body)).toEqual(['SD-1']);
  });
});
