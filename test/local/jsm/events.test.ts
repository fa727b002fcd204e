import { JsmSiteError } from '../../../src/local/jsm';
import { IDS, NOW, getJson, smallSite } from './fixture';

describe('resolve and reopen', () => {
  it('resolves an open request and returns the avi:jira:updated:issue payload', async () => {
    const site = smallSite();
    const event = site.resolve('SD-2', { by: IDS.itAgent });
    expect(event).toMatchObject({
      eventType: 'avi:jira:updated:issue',
      atlassianId: IDS.itAgent,
      selfGenerated: false,
      timestamp: NOW.getTime(),
      issue: {
        id: '10001',
        key: 'SD-2',
        fields: {
          summary: 'VPN drops every hour',
          project: { key: 'SD', id: '10000' },
          issuetype: { name: 'Incident' },
          reporter: { accountId: IDS.cleo },
          assignee: null,
          status: { name: 'Resolved', statusCategory: { key: 'done' } },
          priority: { name: 'Medium' },
          resolution: { name: 'Done' },
          resolutiondate: '2025-03-10T12:00:00.000+0000',
        },
      },
    });
    expect(event.associatedUsers).toEqual([{ accountId: IDS.itAgent }, { accountId: IDS.cleo }]);
    const resolution = event.changelog.items.find((item) => item.fieldId === 'resolution');
    expect(resolution).toEqual({
      field: 'resolution',
      fieldtype: 'jira',
      fieldId: 'resolution',
      from: null,
      fromString: null,
      to: '10000',
      toString: 'Done',
    });
    expect(event.changelog.items.find((item) => item.fieldId === 'status')).toMatchObject({
      toString: 'Resolved',
      fromString: 'Waiting for support',
    });
    // The request itself changed, and the changelog endpoint shows the same history.
    const issue = await getJson(site, '/rest/api/3/issue/SD-2?fields=resolution,status');
    expect(issue.body.fields.resolution.name).toBe('Done');
    const changelog = await getJson(site, '/rest/api/3/issue/SD-2/changelog');
    expect(changelog.body.values.at(-1).id).toBe(event.changelog.id);
  });

  it('reopens with a resolution item whose `to` is null, and every changelog id is unique', () => {
    const site = smallSite();
    const resolved = site.resolve('SD-2');
    const reopened = site.reopen('SD-2', { by: IDS.cleo });
    const again = site.resolve('SD-2', { resolution: "Won't Do" });
    expect(reopened.changelog.items.find((item) => item.fieldId === 'resolution')).toEqual({
      field: 'resolution',
      fieldtype: 'jira',
      fieldId: 'resolution',
      from: '10000',
      fromString: 'Done',
      to: null,
      toString: null,
    });
    expect(reopened.issue.fields).toMatchObject({ resolution: null, resolutiondate: null });
    expect(reopened.issue.fields.status.statusCategory?.key).toBe('new');
    expect(reopened.atlassianId).toBe(IDS.cleo);
    expect(again.changelog.items[0]).toMatchObject({ to: '10001', toString: "Won't Do" });
    const ids = [resolved, reopened, again].map((event) => event.changelog.id);
    expect(new Set(ids).size).toBe(3);
    const existing = site.request('SD-1')?.histories.map((history) => history.id) ?? [];
    expect(ids.some((id) => existing.includes(id))).toBe(false);
  });

  it('marks a change made by the app account as self-generated', () => {
    const site = smallSite();
    expect(site.resolve('SD-2', { by: site.appAccountId() }).selfGenerated).toBe(true);
  });

  it('refuses to resolve a resolved request, reopen an open one, or touch an unknown key', () => {
    const site = smallSite();
    const codeOf = (action: () => unknown) => {
      try {
        action();
      } catch (error) {
        return error instanceof JsmSiteError ? error.code : 'other';
      }
      return 'none';
    };
    expect(codeOf(() => site.resolve('SD-1'))).toBe('ALREADY_RESOLVED');
    expect(codeOf(() => site.reopen('SD-2'))).toBe('NOT_RESOLVED');
    expect(codeOf(() => site.resolve('SD-404'))).toBe('NOT_FOUND');
    expect(codeOf(() => site.resolve('SD-2', { by: 'nobody' }))).toBe('UNKNOWN_USER');
    expect(codeOf(() => site.resolve('SD-2', { resolution: 'Fixed-ish' }))).toBe('UNKNOWN_RESOLUTION');
    expect(site.request('SD-2')?.resolution).toBeNull();
  });
});
