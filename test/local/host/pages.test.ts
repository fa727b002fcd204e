import { frameTokens, getContext, getText, setup, startHost, type RunningHost } from './harness';

describe('host pages', () => {
  let host: RunningHost;
  let env: ReturnType<typeof setup>;

  beforeEach(async () => {
    env = setup();
    host = await startHost(env.deps);
  });
  afterEach(async () => {
    await host.close();
    env.cleanup();
  });

  const contextOf = (token: string) => getContext(host.base, token);

  it('lists every surface and the demo requests on the index', async () => {
    const { status, text } = await getText(`${host.base}/`);
    expect(status).toBe(200);
    expect(text).toContain('href="/jira/dashboard"');
    expect(text).toContain('href="/jira/admin"');
    for (const key of ['SD-1', 'SD-2', 'SD-3']) {
      expect(text).toContain(`href="/portal/request/${key}"`);
      expect(text).toContain(`href="/jira/issue/${key}"`);
    }
  });

  it('renders the portal request page with the portal app framed for the reporter by default', async () => {
    const { status, text, type } = await getText(`${host.base}/portal/request/SD-1`);
    expect(status).toBe(200);
    expect(type).toMatch(/text\/html/);
    expect(text).toContain('src="/apps/portal/index.html"');
    expect(text).toContain('It beeps three times.');
    expect(text).not.toContain('Internal: check the warranty.'); // customers never see internal notes
    const [token] = frameTokens(text);
    expect(token).toBeTruthy();
    const context = await contextOf(token!);
    expect(context).toMatchObject({
      accountId: 'cust-1',
      moduleKey: 'cx-portal-survey',
      locale: 'de-DE',
      timezone: 'Europe/Vienna',
      environmentType: 'DEVELOPMENT',
      siteUrl: host.base,
      extension: {
        type: 'jiraServiceManagement:portalRequestDetail',
        request: { key: 'SD-1', typeId: '11' },
        portal: { id: '1' },
      },
    });
    expect(typeof context.cloudId).toBe('string');
    expect(typeof context.localId).toBe('string');
  });

  it('renders the agent issue view with the issue panel framed for the assignee by default', async () => {
    const { status, text } = await getText(`${host.base}/jira/issue/SD-1`);
    expect(status).toBe(200);
    expect(text).toContain('src="/apps/issue-panel/index.html"');
    expect(text).toContain('Internal: check the warranty.');
    const context = await contextOf(frameTokens(text)[0]!);
    expect(context).toMatchObject({
      accountId: 'agent-1',
      moduleKey: 'cx-issue-panel',
      extension: {
        type: 'jira:issuePanel',
        issue: { id: '10001', key: 'SD-1', type: 'Incident', typeId: '10100' },
        project: { id: '10000', key: 'SD', type: 'service_desk' },
      },
    });
  });

  it('falls back to the first agent on an unassigned issue, and honours ?as=', async () => {
    const unassigned = await getText(`${host.base}/jira/issue/SD-2`);
    expect((await contextOf(frameTokens(unassigned.text)[0]!)).accountId).toBe('agent-1');
    const asAdmin = await getText(`${host.base}/jira/issue/SD-2?as=agent-2`);
    expect((await contextOf(frameTokens(asAdmin.text)[0]!)).accountId).toBe('agent-2');
    const asOtherCustomer = await getText(`${host.base}/portal/request/SD-1?as=cust-2`);
    expect((await contextOf(frameTokens(asOtherCustomer.text)[0]!)).accountId).toBe('cust-2');
  });

  it('refuses unknown viewers, unknown requests, and customers in Jira', async () => {
    expect((await getText(`${host.base}/jira/issue/SD-1?as=nobody`)).status).toBe(404);
    expect((await getText(`${host.base}/jira/issue/SD-404`)).status).toBe(404);
    expect((await getText(`${host.base}/portal/request/SD-404`)).status).toBe(404);
    expect((await getText(`${host.base}/jira/issue/SD-1?as=cust-1`)).status).toBe(403);
    expect((await getText(`${host.base}/jira/dashboard?as=cust-1`)).status).toBe(403);
    expect((await getText(`${host.base}/jira/issue/SD-1?as=app-1`)).status).toBe(404);
  });

  it('renders the admin page with the admin app framed', async () => {
    const { status, text } = await getText(`${host.base}/jira/admin`);
    expect(status).toBe(200);
    expect(text).toContain('src="/apps/admin/index.html"');
    const context = await contextOf(frameTokens(text)[0]!);
    expect(context).toMatchObject({
      accountId: 'agent-2',
      moduleKey: 'cx-admin',
      extension: { type: 'jira:adminPage' },
    });
  });

  it('renders the dashboard with its add-gadget form', async () => {
    const { status, text } = await getText(`${host.base}/jira/dashboard`);
    expect(status).toBe(200);
    expect(text).toContain('action="/jira/dashboard/gadgets?as=agent-2"');
    expect(text).toContain('<option value="cx-gadget">CX resolutions</option>');
  });

  it('escapes site data in every page', async () => {
    const issue = await getText(`${host.base}/jira/issue/SD-3`);
    expect(issue.text).toContain('VPN &lt;b&gt;drops&lt;/b&gt; &amp; reconnects');
    expect(issue.text).not.toContain('<script>alert(1)</script>');
    expect(issue.text).toContain('Dan &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('themes pages with the design tokens and a persisted light/dark switch', async () => {
    const { text } = await getText(`${host.base}/jira/admin`);
    expect(text).toMatch(
      /<html lang="en" data-color-mode="light" data-theme="[^"]*dark:dark[^"]*light:light/,
    );
    expect(text).toContain('href="/_host/theme.css"');
    expect(text).toContain('id="host-theme-toggle" aria-pressed="false"');
    expect(text).toContain('localStorage.getItem("cx-local-color-mode")');
    const css = await getText(`${host.base}/_host/theme.css`);
    expect(css.type).toMatch(/text\/css/);
    expect(css.text).toContain('html[data-color-mode="dark"]');
    expect(css.text).toContain('--ds-text:');
  });
});
