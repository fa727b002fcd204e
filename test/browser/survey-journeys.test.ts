import type { Page } from 'playwright-core';
import { appFrame, useServedSite } from '../support/browser';
import { startLocalSite } from '../support/local-site';

const SHOTS = process.env.SCREENSHOT_DIR;

/**
 * The survey journeys through the host pages in Chromium, with the real handlers behind them:
 * the customer answers in the portal, the agent sees the answer, the admin changes the delay
 * and the next resolution follows it.
 */
describe('survey journeys in Chromium', () => {
  const site = useServedSite(() => startLocalSite());
  const post = (path: string, body: unknown = {}) => site.post(path, body);
  const openRequests = () => site.local.site.listRequests({ limit: 20, projectKey: 'SD', status: 'open' });
  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };

  it('a customer answers in the portal and the agent sees the answer on the ticket', async () => {
    const { local, browser, baseUrl } = site;
    const key = openRequests()[0]!.key;
    expect((await post(`/_local/requests/${key}/resolve`)).status).toBe(200);
    expect((await post('/_local/clock/advance', { seconds: 3600 + 300 })).status).toBe(200);
    const invitation = local.site
      .request(key)!
      .comments.find((comment) => comment.public && comment.body.includes(`/portal/request/${key}`));
    expect(invitation).toBeDefined();

    const portal = await browser.newPage();
    expect((await portal.goto(`${baseUrl}/portal/request/${key}`))?.status()).toBe(200);
    const survey = await appFrame(portal, 'portal');
    const groups = survey.getByRole('radiogroup');
    await groups.first().waitFor({ timeout: 15_000 });
    await groups.nth(0).getByRole('radio', { name: /^6/ }).click();
    await groups.nth(1).getByRole('radio', { name: /^5/ }).click();
    await survey.getByRole('textbox').fill('Fixed in minutes & "very" polite <3');
    // The wording is in the customer's language, so find the controls by role, not by text.
    await survey.locator('button[type=submit]').click();
    await survey.getByRole('region').or(survey.getByRole('status')).first().waitFor({ timeout: 15_000 });
    await survey.getByRole('radiogroup').first().waitFor({ state: 'detached', timeout: 15_000 });
    await shot(portal, 'portal-thank-you');
    await portal.close();

    const agent = await browser.newPage();
    expect((await agent.goto(`${baseUrl}/jira/issue/${key}`))?.status()).toBe(200);
    const panel = await appFrame(agent, 'issue-panel');
    await panel.getByText('Fixed in minutes & "very" polite <3').waitFor({ timeout: 15_000 });
    const text = await panel.locator('body').innerText();
    expect(text).toMatch(/6\s*\/\s*7/);
    expect(text).toMatch(/5\s*\/\s*5/);
    await shot(agent, 'agent-issue-panel');
    await agent.close();
  }, 90_000);

  it('an admin changes the delay, and the next resolution is invited after the new delay', async () => {
    const { local, browser, baseUrl } = site;
    const page = await browser.newPage();
    expect((await page.goto(`${baseUrl}/jira/admin`))?.status()).toBe(200);
    const admin = await appFrame(page, 'admin');
    const delay = admin.getByLabel('Delay after resolution');
    await delay.waitFor({ timeout: 15_000 });
    await delay.fill('3');
    await admin.getByRole('button', { name: 'Save', exact: true }).click();
    await admin.getByText(/settings saved/i).waitFor({ timeout: 15_000 });
    await shot(page, 'admin-settings');
    await page.close();

    const key = openRequests()[0]!.key;
    await post(`/_local/requests/${key}/resolve`);
    const invited = () =>
      local.site
        .request(key)!
        .comments.filter((comment) => comment.public && comment.body.includes('/portal/request/'));
    await post('/_local/clock/advance', { seconds: 2 * 3600 + 300 });
    expect(invited()).toHaveLength(0); // the old one-hour delay would have invited by now
    await post('/_local/clock/advance', { seconds: 3600 });
    expect(invited()).toHaveLength(1);
  }, 90_000);
});
