import { kvs } from '@forge/kvs';
import { createHmac } from 'node:crypto';
import type { Envelope } from '../../src/contract/envelope';
import type { AgentTicketResult, AnswerLinkKeyStatus, PortalSurvey } from '../../src/contract/survey';
import { writeAnswerToken } from '../../src/domain/survey/answer-token';
import { defaultSettings } from '../../src/domain/settings/default-settings';
import { startLocalSite } from '../support/local-site';
import { surfaces } from '../support/resolvers';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * The one-click path end to end on the local runtime: the invitation comment carries one signed
 * link per score, a GET of any link shows the page and stores nothing, the customer's POST stores
 * the answer through the same rules as the portal.
 */
describe('one-click answers from the invitation comment', () => {
  let local: Site;
  let key: string;

  beforeEach(async () => {
    local = await startLocalSite();
    key = openRequestOf('en_US');
  });

  /** An open request whose reporter reads Jira in `locale`. */
  const openRequestOf = (locale: string) => {
    const speakers = new Set(
      local.site
        .users()
        .filter((user) => user.locale === locale)
        .map((user) => user.accountId),
    );
    return local.site
      .listRequests({ limit: 500, projectKey: 'SD', status: 'open' })
      .find((candidate) => speakers.has(candidate.reporterId))!.key;
  };
  afterEach(() => local.close());

  const request = () => local.site.request(key)!;
  const { portal, issuePanel } = surfaces(() => local);
  const agentId = () =>
    local.site.agents().find((agent) => agent.serviceDeskIds?.includes(request().serviceDeskId))!.accountId;
  const advance = async (seconds: number) => {
    await local.clock.advance(seconds);
    await local.runtime.idle();
  };
  const invite = async () => {
    await local.runtime.deliverProductEvent(local.site.resolve(key));
    await advance(65 * 60);
  };
  const publicComments = () =>
    request().comments.filter((comment) => comment.authorId === local.site.appAccountId() && comment.public);
  /** The score links of a comment, as wiki markup `[n|url]`. */
  const linksOf = (body: string) =>
    [...body.matchAll(/\[(\d)\|([^\]]+)\]/g)].map((match) => ({ score: Number(match[1]), url: match[2]! }));
  const idOf = (url: string) => new URL(url).pathname.split('/')[2]!;
  const call = (
    url: string,
    init: { method?: string; body?: string; headers?: Record<string, string[]> } = {},
  ) => {
    const parsed = new URL(url);
    const queryParameters: Record<string, string[]> = {};
    for (const [name, value] of parsed.searchParams) (queryParameters[name] ??= []).push(value);
    return local.runtime.invokeWebTrigger(idOf(url), {
      method: init.method ?? 'GET',
      path: parsed.pathname,
      userPath: '',
      headers: init.headers ?? { accept: ['text/html'] },
      queryParameters,
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
  };
  const post = (url: string, form: Record<string, string>) =>
    call(url, {
      method: 'POST',
      headers: { 'content-type': ['application/x-www-form-urlencoded'] },
      body: new URLSearchParams({ t: new URL(url).searchParams.get('t')!, ...form }).toString(),
    });
  const writes = () => local.kvs.stats().writes;
  /** The KVS requests `work` makes, by kind, once everything it started has run. */
  const requestsOf = async (work: () => Promise<unknown>) => {
    await local.runtime.idle();
    local.kvs.resetStats();
    await work();
    await local.runtime.idle();
    return local.kvs.stats().operations;
  };

  it('puts the CES question and seven links in the invitation, with no personal data in them', async () => {
    await invite();
    const [invitation] = publicComments();
    expect(invitation!.body).toContain(`/portal/request/${key}`);
    expect(invitation!.body).toContain('How easy was it to get your issue resolved?');
    const links = linksOf(invitation!.body);
    expect(links.map((link) => link.score)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const { url } of links) {
      expect(url).toMatch(/^http:\/\/localhost:4310\/x1\/[0-9a-f]{32}\?t=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
      const claim = JSON.parse(
        Buffer.from(new URL(url).searchParams.get('t')!.split('.')[0]!, 'base64url').toString(),
      );
      expect(Object.keys(claim).sort()).toEqual(['c', 'l', 'q', 's', 't', 'v', 'x']);
      expect(JSON.stringify(claim)).not.toContain(request().reporterId);
    }
  });

  it('offers CSAT 1–5 when the admin puts CSAT first', async () => {
    await kvs.set('settings', { ...defaultSettings(), firstQuestion: 'csat' });
    await invite();
    const links = linksOf(publicComments()[0]!.body);
    expect(links.map((link) => link.score)).toEqual([1, 2, 3, 4, 5]);
    expect(publicComments()[0]!.body).toContain('How satisfied are you with the support you received?');
  });

  it('stores nothing when a scanner fetches every link, then records the customer’s click once', async () => {
    await invite();
    const links = linksOf(publicComments()[0]!.body);
    await local.runtime.idle();
    local.kvs.resetStats();
    for (const { url, score } of links) {
      const page = await call(url);
      expect(page.status).toBe(200);
      expect(page.body).toContain(`name="first" value="${score}" checked`);
    }
    expect(writes()).toBe(0);
    const reporter = request().reporterId;
    expect(await portal<PortalSurvey>(key, reporter, 'getPortalSurvey')).toMatchObject({
      ok: true,
      data: { state: 'open', answer: null },
    });

    const thanks = await post(links[5]!.url, { first: '6', second: '4', comment: 'Quick, thanks!' });
    expect(thanks.status).toBe(200);
    expect(thanks.body).toContain('Thank you for your feedback!');
    await local.runtime.idle();
    const view = await issuePanel<AgentTicketResult>(key, 'getTicketResult', agentId());
    expect(view).toMatchObject({
      ok: true,
      data: {
        survey: { state: 'answered' },
        answer: { ces: 6, csat: 4, comment: 'Quick, thanks!', respondent: { accountId: reporter } },
      },
    });

    // The link again, and the portal: the first answer stands across both paths.
    const again = await call(links[1]!.url);
    expect(again.status).toBe(200);
    expect(again.body).toContain('You already answered');
    expect(again.body).toContain('<dd>6 / 7</dd>');
    const before = writes();
    expect((await post(links[1]!.url, { first: '2' })).body).toContain('You already answered');
    expect(writes()).toBe(before);
    expect(await portal(key, reporter, 'submitSurvey', { ces: 1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('records a click in four KVS requests and updates the customer record as the portal does', async () => {
    await invite();
    const link = linksOf(publicComments()[0]!.body)[4]!;
    const opened = await requestsOf(() => call(link.url));
    // The signing key (an app secret) and one batch: the ticket with the settings.
    expect(opened).toEqual({ 'secret/get': 1, 'batch/get': 1 });

    const recorded = await requestsOf(async () => {
      expect((await post(link.url, { first: '5', second: '3' })).body).toContain(
        'Thank you for your feedback!',
      );
    });
    // The key; the ticket with the settings; the ticket again with the reporter's record, which the
    // token does not name and so cannot be read any earlier; one conditional transaction.
    expect(recorded).toEqual({ 'secret/get': 1, 'batch/get': 2, transaction: 1 });
    const customer = await kvs
      .entity<{ state: { recent: Array<{ ces: number; csat: number }> } }>('customer')
      .get(request().reporterId);
    expect(customer?.state.recent[0]).toMatchObject({ ces: 5, csat: 3 });
  });

  it('refuses an answer the portal would refuse, shows why, and stores nothing', async () => {
    await invite();
    const [link] = linksOf(publicComments()[0]!.body);
    await local.runtime.idle();
    local.kvs.resetStats();
    const page = await post(link!.url, { first: '9', comment: '<b>hi</b>' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('role="alert"');
    expect(page.body).toContain('The CES score must be a whole number from 1 to 7.');
    expect(page.body).toContain('The comment cannot contain HTML or script tags');
    expect(page.body).toContain('&#60;b&#62;hi&#60;/b&#62;</textarea>');
    expect(writes()).toBe(0);
  });

  it('gives a tampered, cut or foreign link a clear page, never a trace', async () => {
    await invite();
    const [one, two] = linksOf(publicComments()[0]!.body);
    const token = new URL(one!.url).searchParams.get('t')!;
    const [claim, signature] = token.split('.') as [string, string];
    const altered = JSON.parse(Buffer.from(claim, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...altered, s: 7 })).toString('base64url');
    const base = one!.url.split('?')[0]!;
    const pages = await Promise.all([
      call(`${base}?t=${forged}.${signature}`),
      call(`${base}?t=${claim}`),
      call(`${base}?t=`),
      call(`${base}?t=${claim}.${new URL(two!.url).searchParams.get('t')!.split('.')[1]}`),
    ]);
    for (const page of pages) {
      expect(page.status).toBe(400);
      expect(page.body).toContain('This link does not work');
      expect(page.body).not.toMatch(/Error|at \w+ \(/);
    }
  });

  it('speaks the customer’s language in the comment and on the page', async () => {
    key = openRequestOf('ja_JP');
    await invite();
    const body = publicComments()[0]!.body;
    expect(body).toContain('問題が解決するまでの手続きは、どのくらい簡単でしたか？');
    expect(body).toContain('ワンクリックで回答：');
    const page = await call(linksOf(body)[3]!.url);
    expect(page.body).toContain('<html lang="ja">');
    expect(page.body).toContain('ボタンを押すまで回答は送信されません。');
    // A link that cannot be read speaks the browser's language.
    const broken = await call(`${linksOf(body)[0]!.url}x`, {
      headers: { 'accept-language': ['fr-CH,fr;q=0.9'] },
    });
    expect(broken.body).toContain('Ce lien ne fonctionne pas');
  });

  const adminCall = (key: string, accountId = local.site.agents().find((agent) => agent.admin)!.accountId) =>
    local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-admin',
        accountId,
        accountType: 'licensed',
        localId: 'admin',
        extension: { type: 'jira:adminPage' },
      },
      key,
      {},
    ) as Promise<Envelope<AnswerLinkKeyStatus>>;

  it('stops every earlier link when an administrator replaces the key, and says so', async () => {
    await invite();
    const [link] = linksOf(publicComments()[0]!.body);
    expect(await adminCall('getAnswerLinkKey')).toMatchObject({ ok: true, data: { version: 1 } });
    const agent = local.site.agents().find((candidate) => !candidate.admin)!.accountId;
    expect(await adminCall('rotateAnswerLinkKey', agent)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await call(link!.url)).status).toBe(200);

    expect(await adminCall('rotateAnswerLinkKey')).toMatchObject({ ok: true, data: { version: 2 } });
    const before = writes();
    for (const page of [await call(link!.url), await post(link!.url, { first: '5' })]) {
      expect(page.status).toBe(410);
      expect(page.body).toContain('This link has been replaced.');
    }
    expect(writes()).toBe(before);
    expect(await portal<PortalSurvey>(key, request().reporterId, 'getPortalSurvey')).toMatchObject({
      ok: true,
      data: { state: 'open' },
    });
  });

  it('closes its links when the survey expires, and when the request is reopened', async () => {
    await invite();
    const [link] = linksOf(publicComments()[0]!.body);
    await local.runtime.deliverProductEvent(local.site.reopen(key));
    await local.runtime.idle();
    const withdrawn = await call(link!.url);
    expect(withdrawn.status).toBe(410);
    expect(withdrawn.body).toContain('This survey was withdrawn because the request was reopened.');

    const other = openRequestOf('en_US');
    key = other;
    await invite();
    const [fresh] = linksOf(publicComments()[0]!.body);
    await advance(14 * 86_400);
    const expired = await post(fresh!.url, { first: '7' });
    expect(expired.status).toBe(410);
    expect(expired.body).toContain('This survey has closed');
  });

  it('refuses a correctly signed link that names no survey of this site as foreign', async () => {
    await invite();
    const stored = (await kvs.getSecret<{ version: number; secret: string }>('answer-link-key'))!;
    const sign = (text: string) =>
      createHmac('sha256', Buffer.from(stored.secret, 'base64url')).update(text).digest('base64url');
    const base = linksOf(publicComments()[0]!.body)[0]!.url.split('?')[0]!;
    const claim = {
      c: 1,
      q: 'ces' as const,
      s: 4,
      x: Math.floor(local.clock.now() / 1000) + 86_400,
      v: stored.version,
      l: 'en',
    };
    for (const foreign of [
      { ...claim, t: '99999999' },
      { ...claim, t: request().issueId, c: 2 },
    ]) {
      const page = await call(`${base}?t=${writeAnswerToken(foreign, sign)}`);
      expect(page.status).toBe(400);
      expect(page.body).toContain('This link does not work');
    }
  });

  it('reminds only those who have not answered, with the same links, and tells the two moments apart', async () => {
    await kvs.set('settings', { ...defaultSettings(), reminder: { enabled: true, afterDays: 3 } });
    const first = key;
    await invite();
    const [answeredLink] = linksOf(publicComments()[0]!.body);
    expect((await post(answeredLink!.url, { first: '2' })).status).toBe(200);
    key = local.site
      .listRequests({ limit: 500, projectKey: 'SD', status: 'open' })
      .find((candidate) => candidate.reporterId !== request().reporterId)!.key;
    const second = key;
    await invite();
    await advance(3 * 86_400);

    key = first;
    expect(publicComments()).toHaveLength(1); // answered: no reminder
    key = second;
    const [invitation, reminder] = publicComments();
    expect(reminder).toBeDefined();
    const reminderLinks = linksOf(reminder!.body);
    expect(reminderLinks.map((link) => link.score)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const claimOf = (url: string) =>
      JSON.parse(Buffer.from(new URL(url).searchParams.get('t')!.split('.')[0]!, 'base64url').toString()) as {
        t: string;
        c: number;
        x: number;
      };
    const [fromInvitation, fromReminder] = [
      claimOf(linksOf(invitation!.body)[0]!.url),
      claimOf(reminderLinks[0]!.url),
    ];
    expect(fromReminder).toMatchObject({ t: fromInvitation.t, c: fromInvitation.c });
    expect(Math.abs(fromReminder.x - fromInvitation.x)).toBeLessThan(600); // both end with the survey

    expect((await post(reminderLinks[6]!.url, { first: '7' })).status).toBe(200);
    for (const [ticket, after] of [
      [first, 'invitation'],
      [second, 'reminder'],
    ] as const) {
      const view = await issuePanel<AgentTicketResult>(ticket, 'getTicketResult', agentId());
      expect(view).toMatchObject({ ok: true, data: { answer: { via: 'link', after } } });
    }
  });

  it('answers other methods, other bodies and a storage failure with a page, never a trace', async () => {
    await invite();
    const [link] = linksOf(publicComments()[0]!.body);
    await local.runtime.idle();
    local.kvs.resetStats();
    const put = await call(link!.url, { method: 'PUT', body: 'first=5' });
    expect(put.status).toBe(400);
    expect(put.headers.Allow).toEqual(['GET, HEAD, POST']);
    const json = await call(link!.url, {
      method: 'POST',
      headers: { 'content-type': ['application/json'] },
      body: '{"first":5}',
    });
    expect(json.status).toBe(400);
    expect(json.body).toContain('This link does not work');
    expect(writes()).toBe(0);

    local.kvs.itemFaults.add({ operation: 'batch/get', keyPattern: new RegExp(`^${request().issueId}$`) });
    const failed = await post(link!.url, { first: '5' });
    local.kvs.itemFaults.clear();
    expect(failed.status).toBe(503);
    expect(failed.headers['Retry-After']).toEqual(['60']);
    expect(failed.body).toContain('<html lang="en">');
    expect(failed.body).toContain('nothing was stored. Please open the link again in a minute.');
    expect(failed.body).not.toMatch(/Error|stack|at \w+ \(/);
    expect(writes()).toBe(0);
    expect((await post(link!.url, { first: '5' })).status).toBe(200); // once storage is back
  });

  it('serves the page with a strict CSP and no caching', async () => {
    await invite();
    const [link] = linksOf(publicComments()[0]!.body);
    const page = await call(link!.url);
    expect(page.headers['Content-Security-Policy']![0]).toMatch(
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'$/,
    );
    expect(page.headers['Cache-Control']).toEqual(['no-store']);
  });
});
