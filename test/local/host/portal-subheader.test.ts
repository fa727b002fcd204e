import { checkUnlicensedAccess } from '../../../src/local/platform/unlicensed-access';
import type { HostModule } from '../../../src/local/host/types';
import { frameTokens, getContext, getText, setup, startHost, type RunningHost } from './harness';

const SUBHEADER: HostModule = {
  type: 'jiraServiceManagement:portalSubheader',
  key: 'cx-portal-nps',
  title: 'Your opinion',
  resource: 'portal',
  resolverFunction: 'resolver',
  unlicensedAccess: ['customer'],
};

describe('the portal subheader', () => {
  let host: RunningHost;
  let env: ReturnType<typeof setup>;

  const start = async (modules: HostModule[]) => {
    env = setup();
    host = await startHost({ ...env.deps, modules: [...env.deps.modules, ...modules] });
  };
  afterEach(async () => {
    await host.close();
    env.cleanup();
  });

  it('is framed under the title of the help center and of a request, for a signed-in customer', async () => {
    await start([SUBHEADER]);
    const home = await getText(`${host.base}/portal?as=cust-1`);
    expect(home.status).toBe(200);
    expect(home.text).toContain('data-module-key="cx-portal-nps"');
    const [token] = frameTokens(home.text);
    expect(await getContext(host.base, token!)).toMatchObject({
      accountId: 'cust-1',
      moduleKey: 'cx-portal-nps',
      extension: { type: 'jiraServiceManagement:portalSubheader' },
    });
    const page = await getText(`${host.base}/portal/request/SD-1`);
    expect(page.text.indexOf('data-module-key="cx-portal-nps"')).toBeGreaterThan(page.text.indexOf('<h1>'));
    expect(page.text.indexOf('data-module-key="cx-portal-nps"')).toBeLessThan(
      page.text.indexOf('data-module-key="cx-portal-survey"'),
    );
  });

  it('is never framed for an anonymous visitor', async () => {
    await start([SUBHEADER]);
    const home = await getText(`${host.base}/portal?as=anonymous`);
    expect(home.status).toBe(200);
    expect(home.text).toContain('Sign in to see your requests');
    expect(home.text).not.toContain('<iframe');
  });

  it('is not framed for a customer when the module does not list customers', async () => {
    await start([{ ...SUBHEADER, unlicensedAccess: [] }]);
    const home = await getText(`${host.base}/portal?as=cust-1`);
    expect(home.text).not.toContain('data-module-key="cx-portal-nps"');
  });
});

describe('unlicensedAccess in the manifest', () => {
  it('is refused where Forge refuses it', () => {
    expect(
      checkUnlicensedAccess('jiraServiceManagement:portalSubheader', 'nps', ['customer', 'anonymous']),
    ).toEqual(['customer', 'anonymous']);
    expect(() =>
      checkUnlicensedAccess('jiraServiceManagement:portalRequestDetail', 'survey', ['anonymous']),
    ).toThrow(
      'manifest.yml: jiraServiceManagement:portalRequestDetail survey: unlicensedAccess anonymous is not supported by this module (it supports customer, unlicensed)',
    );
    expect(() => checkUnlicensedAccess('jira:dashboardGadget', 'g', ['customer'])).toThrow(
      'manifest.yml: jira:dashboardGadget g: unlicensedAccess customer is not supported by this module',
    );
    expect(() => checkUnlicensedAccess('jiraServiceManagement:portalSubheader', 'nps', 'customer')).toThrow(
      'unlicensedAccess must be a list',
    );
  });
});
