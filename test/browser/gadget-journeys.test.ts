import type { Browser, Frame, Page } from 'playwright-core';
import type { Envelope } from '../../src/contract/envelope';
import { appFrame, launchChromium, listen } from '../support/browser';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

const SHOTS = process.env.SCREENSHOT_DIR;
/** "n = 33" as the gadget prints it (with non-breaking spaces). */
const nEquals = (n: number) => new RegExp(`n\\s=\\s${n}(?!\\d)`);

/**
 * The team lead's journey in Chromium: add each gadget to the dashboard, configure it in its edit
 * view, and read the figures the real backend computed from real answers; the same in dark mode;
 * and a viewer who may not browse a project sees none of its data.
 */
describe('dashboard gadgets in Chromium', () => {
  let local: Site;
  let browser: Browser;
  let baseUrl: string;
  let close: () => void;
  const answered = { SD: 0, HR: 0 };

  beforeAll(async () => {
    local = await startLocalSite();
    const served = await listen(local);
    baseUrl = served.baseUrl;
    close = () => served.server.close();
    browser = await launchChromium();
    const open = local.site.listRequests({ limit: 100, status: 'open' });
    for (const request of open) await local.runtime.deliverProductEvent(local.site.resolve(request.key));
    await local.clock.advance(2 * 3600);
    await local.runtime.idle();
    for (const [index, request] of open.entries()) {
      const reply = (await local.runtime.invokeResolver(
        'resolver',
        {
          moduleKey: 'cx-portal-survey',
          accountId: local.site.request(request.key)!.reporterId,
          accountType: 'customer',
          localId: 'p',
          extension: { type: 'jiraServiceManagement:portalRequestDetail', request: { key: request.key } },
        },
        'submitSurvey',
        { ces: 1 + (index % 7), csat: 1 + (index % 5) },
      )) as Envelope<unknown>;
      if (!reply.ok) throw new Error(reply.error.message);
      answered[request.key.split('-')[0] as 'SD' | 'HR'] += 1;
    }
    await local.clock.advance(120);
    await local.runtime.idle();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    close?.();
    await local?.close();
  });

  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };

  /** Adds a gadget, saves its edit view with the last 7 days, and returns its view frame. */
  async function addGadget(page: Page, moduleKey: string): Promise<Frame> {
    await page.goto(`${baseUrl}/jira/dashboard?as=${admin()}`);
    await removeGadgets(page);
    await page.locator('select[name=moduleKey]').selectOption(moduleKey);
    await page.getByRole('button', { name: 'Add gadget' }).click();
    const edit = await appFrame(page, 'gadget');
    const lastWeek = edit.getByLabel('Last 7 days');
    await lastWeek.waitFor({ timeout: 15_000 });
    await lastWeek.check();
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() => !location.search.includes('edit='), undefined, { timeout: 15_000 });
    return appFrame(page, 'gadget');
  }

  async function removeGadgets(page: Page) {
    for (;;) {
      const remove = page.getByRole('button', { name: /^Remove/ });
      if ((await remove.count()) === 0) return;
      await remove.first().click();
      await page.waitForLoadState('load');
    }
  }

  it('scorecard: the answers of the last 7 days, with n, in light and dark mode', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const view = await addGadget(page, 'cx-scorecard');
    const tiles = view.getByRole('listitem');
    await tiles.first().waitFor({ timeout: 15_000 });
    const text = await view.locator('body').innerText();
    expect(text).toContain('CSAT');
    expect(text).toMatch(nEquals(answered.SD + answered.HR));
    const tile = (name: string) =>
      view.locator('li.cxg-tile').filter({ has: view.getByRole('heading', { name, exact: true }) });
    // First responses by Jira Automation (an app account) and by people, apart, each with its n.
    const automation = await tile('MTTA, by automation').innerText();
    expect(automation).toMatch(/n\s=\s[1-9]/);
    expect(automation).toContain('(≤ 15 min for high priorities, ≤ 2 h for the others)');
    expect(await tile('MTTA, by people').innerText()).toMatch(/n\s=\s[1-9]/);
    // The index names what it is made of, each part with the answers or tickets behind it.
    const components = tile('Experience Index').getByRole('list', { name: 'Experience Index components' });
    const parts = await components.innerText();
    expect(parts).toContain('Customer satisfaction (CSAT)');
    expect(parts).toContain('Acknowledged within target');
    expect(parts).toMatch(/answers/);
    await shot(page, 'gadget-scorecard');
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await page.waitForTimeout(300);
    expect(await view.evaluate(() => document.documentElement.getAttribute('data-color-mode'))).toBe('dark');
    await shot(page, 'gadget-scorecard-dark');
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await removeGadgets(page);
    await page.close();
  }, 90_000);

  it('trend, breakdown and distribution show the same answers', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const total = answered.SD + answered.HR;

    const trend = await addGadget(page, 'cx-trend');
    await trend.getByRole('button', { name: 'Show as table' }).click();
    await trend.getByRole('table').waitFor({ timeout: 15_000 });
    expect(await trend.getByRole('row').count()).toBeGreaterThan(1);
    await shot(page, 'gadget-trend');
    await removeGadgets(page);

    const breakdown = await addGadget(page, 'cx-breakdown');
    await breakdown.getByRole('table').waitFor({ timeout: 15_000 });
    const rows = breakdown.getByRole('row');
    expect(await rows.count()).toBeGreaterThan(2);
    await shot(page, 'gadget-breakdown');
    await removeGadgets(page);

    const distribution = await addGadget(page, 'cx-distribution');
    await distribution.getByRole('img').first().waitFor({ timeout: 15_000 });
    expect(await distribution.locator('body').innerText()).toMatch(nEquals(total));
    await shot(page, 'gadget-distribution');
    await removeGadgets(page);
    await page.close();
  }, 120_000);

  it('shows a viewer who may browse only SD nothing from HR', async () => {
    const sd = local.site.serviceDesks().find((desk) => desk.key === 'SD')!.serviceDeskId;
    const sdAgent = local.site
      .agents()
      .find((agent) => !agent.admin && agent.serviceDeskIds?.join() === sd)!.accountId;
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await addGadget(page, 'cx-scorecard');
    await page.goto(`${baseUrl}/jira/dashboard?as=${sdAgent}`);
    const view = await appFrame(page, 'gadget');
    await view.getByRole('listitem').first().waitFor({ timeout: 15_000 });
    const text = await view.locator('body').innerText();
    expect(text).toMatch(nEquals(answered.SD));
    expect(text).not.toMatch(nEquals(answered.SD + answered.HR));
    await page.goto(`${baseUrl}/jira/dashboard?as=${admin()}`);
    await removeGadgets(page);
    await page.close();
  }, 90_000);
});
