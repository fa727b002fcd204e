import { JsmSite } from '../../../src/local/jsm';
import { STATUSES } from '../../../src/local/jsm/catalog';
import { addWorklog, reopenRequest, resolveRequest, transition } from '../../../src/local/jsm/mutations';
import { SiteStore } from '../../../src/local/jsm/site-store';
import { IDS, NOW, at, getJson, smallSiteData } from './fixture';

/**
 * What Jira cuts short and how the rest is read: an issue's embedded changelog (the latest 40,
 * newest first) and worklogs (the first 20), each with the full `total`, the paged
 * `/changelog` and `/worklog` endpoints, and JSM's paged service desk and request type lists.
 */

/** The small site, with SD-1 grown to 120 changelog histories and 30 worklogs. */
function longSite(): JsmSite {
  const data = smallSiteData();
  const store = new SiteStore(data);
  const sd1 = store.request('SD-1')!;
  // SD-1 starts with 3 histories (assigned, in progress, resolved) and one worklog.
  for (let step = 0; sd1.histories.length < 119; step += 1) {
    if (sd1.resolution === null) resolveRequest(store, sd1, at(61 + step), IDS.itAgent);
    else reopenRequest(store, sd1, at(61 + step), IDS.itAgent);
  }
  transition(store, sd1, STATUSES.inProgress, at(300), IDS.itAgent);
  for (let n = 1; n < 30; n += 1) {
    addWorklog(store, sd1, {
      authorId: IDS.itAgent,
      started: at(400 + n * 10),
      timeSpentSeconds: 60 * n,
      comment: `Part ${n}`,
    });
  }
  const site = new JsmSite({ now: () => NOW });
  site.replaceData(data);
  return site;
}

const idsOf = (histories: Array<{ id: string }>) => histories.map((history) => history.id);

describe('an issue with more than Jira embeds', () => {
  const site = longSite();
  const all = site.request('SD-1')!;
  const allIds = all.histories.map((history) => history.id);

  it('embeds the latest 40 histories, newest first, with the total of all 120', async () => {
    expect(allIds).toHaveLength(120);
    const { body } = await getJson(site, '/rest/api/3/issue/SD-1?fields=created&expand=changelog');
    expect(body.changelog).toMatchObject({ startAt: 0, maxResults: 40, total: 120 });
    expect(idsOf(body.changelog.histories)).toEqual(allIds.slice(-40).reverse());
  });

  it('cuts the changelog a search embeds the same way', async () => {
    const { body } = await getJson(
      site,
      '/rest/api/3/search/jql',
      { as: 'app' },
      {
        method: 'POST',
        body: JSON.stringify({ jql: 'key = SD-1', fields: ['created'], expand: 'changelog' }),
      },
    );
    expect(body.issues[0].changelog).toMatchObject({ maxResults: 40, total: 120 });
    expect(idsOf(body.issues[0].changelog.histories)).toEqual(allIds.slice(-40).reverse());
  });

  it('embeds the first 20 worklogs with the total of all 30', async () => {
    const { body } = await getJson(site, '/rest/api/3/issue/SD-1?fields=worklog');
    expect(body.fields.worklog).toMatchObject({ startAt: 0, maxResults: 20, total: 30 });
    expect(body.fields.worklog.worklogs.map((worklog: { id: string }) => worklog.id)).toEqual(
      all.worklogs.slice(0, 20).map((worklog) => worklog.id),
    );
  });

  it('pages the whole changelog, oldest first, at most 100 a page', async () => {
    const first = await getJson(site, '/rest/api/3/issue/SD-1/changelog?startAt=0&maxResults=500');
    expect(first.body).toMatchObject({ startAt: 0, maxResults: 100, total: 120, isLast: false });
    expect(first.body.nextPage).toContain('startAt=100');
    const second = await getJson(site, '/rest/api/3/issue/SD-1/changelog?startAt=100&maxResults=100');
    expect(second.body).toMatchObject({ startAt: 100, total: 120, isLast: true });
    expect([...idsOf(first.body.values), ...idsOf(second.body.values)]).toEqual(allIds);
  });

  it('answers every worklog from the worklog endpoint', async () => {
    const { body } = await getJson(site, '/rest/api/3/issue/SD-1/worklog');
    expect(body).toMatchObject({ startAt: 0, total: 30 });
    expect(body.worklogs).toHaveLength(30);
  });
});

describe('JSM lists in pages', () => {
  /** 130 service desks (the small site's two and 128 more), and 130 request types on desk 1. */
  function manyDesks(): JsmSite {
    const data = smallSiteData();
    for (let n = 3; n <= 130; n += 1) {
      data.desks.push({
        projectId: String(20_000 + n),
        key: `D${n}`,
        name: `Desk ${n}`,
        serviceDeskId: String(n),
        portalId: String(n),
        issueCounter: 0,
      });
    }
    for (let n = 1; data.requestTypes.filter((type) => type.serviceDeskId === '1').length < 130; n += 1) {
      data.requestTypes.push({
        id: String(1_000 + n),
        serviceDeskId: '1',
        name: `Type ${n}`,
        description: '',
        kind: 'request',
      });
    }
    const site = new JsmSite({ now: () => NOW });
    site.replaceData(data);
    return site;
  }

  it('pages the service desks 100 at a time by default and at most, with isLastPage', async () => {
    const site = manyDesks();
    const first = await getJson(site, '/rest/servicedeskapi/servicedesk');
    expect(first.body).toMatchObject({ start: 0, limit: 100, size: 100, isLastPage: false });
    const capped = await getJson(site, '/rest/servicedeskapi/servicedesk?limit=500');
    expect(capped.body).toMatchObject({ limit: 100, size: 100, isLastPage: false });
    const rest = await getJson(site, '/rest/servicedeskapi/servicedesk?start=100');
    expect(rest.body).toMatchObject({ start: 100, size: 30, isLastPage: true });
  });

  it('pages a desk’s request types the same way', async () => {
    const site = manyDesks();
    const path = '/rest/servicedeskapi/servicedesk/1/requesttype';
    const first = await getJson(site, path);
    expect(first.body).toMatchObject({ start: 0, limit: 100, size: 100, isLastPage: false });
    const rest = await getJson(site, `${path}?start=100&limit=100`);
    expect(rest.body).toMatchObject({ start: 100, size: 30, isLastPage: true });
  });
});
