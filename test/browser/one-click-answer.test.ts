import type { Frame, Page } from 'playwright-core';
import { appFrame, useServedSite } from '../support/browser';
import { startLocalSite } from '../support/local-site';

const SHOTS = process.env.SCREENSHOT_DIR;

/**
 * The one-click journey in Chromium: a request is resolved, the clock moves past the invitation,
 * a mail scanner fetches every link of the comment (nothing is stored), the customer opens the
 * score link as from the email with no portal session and sends the page; the agent's panel and
 * the scorecard gadget show the answer, and the link opened again shows the answer already given.
 */
describe('one-click answer from the invitation email, in Chromium', () => {
  const site = useServedSite(() => startLocalSite());
  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };

  it('answers from the email link, records only the customer’s click, and shows it everywhere', async () => {
    const { local, browser, baseUrl } = site;
    local.runtime.webTriggers.setBase(baseUrl);
    const english = new Set(
      local.site
        .users()
        .filter((user) => user.locale === 'en_US')
        .map((user) => user.accountId),
    );
    const key = local.site
      .listRequests({ limit: 200, projectKey: 'SD', status: 'open' })
      .find((request) => english.has(request.reporterId))!.key;
    expect((await site.post(`/_local/requests/${key}/resolve`)).status).toBe(200);
    expect((await site.post('/_local/clock/advance', { seconds: 3600 + 300 })).status).toBe(200);
    const invitation = local.site
      .request(key)!
      .comments.find((comment) => comment.public && comment.authorId === local.site.appAccountId())!;
    const links = [...invitation.body.matchAll(/\[(\d)\|([^\]]+)\]/g)].map((match) => match[2]!);
    expect(links).toHaveLength(7);
    const triggers = (await (await fetch(`${baseUrl}/_local/webtriggers`)).json()) as unknown[];
    expect(triggers).toContainEqual({ moduleKey: 'survey-answer-page', url: links[0]!.split('?')[0] });

    // A mail scanner opens every link: pages come back, nothing is stored.
    local.kvs.resetStats();
    for (const link of links) expect((await fetch(link)).status).toBe(200);
    expect(local.kvs.stats().writes).toBe(0);

    // The customer clicks "6" in the email: a fresh browser, no portal session.
    const customer = await browser.newContext();
    const page = await customer.newPage();
    const opened = await page.goto(links[5]!);
    expect(opened?.status()).toBe(200);
    expect(opened?.headers()['content-security-policy']).toContain("default-src 'none'");
    const first = page.getByRole('group', { name: 'How easy was it to get your issue resolved?' });
    expect(await first.getByRole('radio', { name: /^6$/ }).isChecked()).toBe(true);
    // The keyboard reaches everything: the second question's 4, the comment, the button.
    const second = page.getByRole('group', { name: /How satisfied are you/ });
    await second.getByRole('radio', { name: /^4$/ }).focus();
    await page.keyboard.press('Space');
    expect(await second.getByRole('radio', { name: /^4$/ }).isChecked()).toBe(true);
    await page.getByLabel(/anything you would like to add/i).fill('Quick, thanks — by email');
    await shot(page, 'one-click-page');
    await page.getByRole('button', { name: 'Submit' }).press('Enter');
    await page.getByRole('heading', { name: 'Thank you for your feedback!' }).waitFor({ timeout: 15_000 });
    await shot(page, 'one-click-thanks');

    // Opening the link again shows the answer already given; nothing more is stored.
    const before = local.kvs.stats().writes;
    await page.goto(links[1]!);
    await page.getByRole('heading', { name: 'You already answered' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('dl').innerText()).toMatch(
      /6 \/ 7[\s\S]*4 \/ 5[\s\S]*Quick, thanks — by email/,
    );
    expect(local.kvs.stats().writes).toBe(before);
    await customer.close();

    // The agent sees the answer on the ticket.
    await local.clock.advance(120); // the rollup's debounce
    await local.runtime.idle();
    const agent = await browser.newPage();
    await agent.goto(`${baseUrl}/jira/issue/${key}`);
    const panel = await appFrame(agent, 'issue-panel');
    await panel.getByText('Quick, thanks — by email').waitFor({ timeout: 15_000 });
    expect(await panel.locator('body').innerText()).toMatch(/6\s*\/\s*7/);
    await agent.close();

    // The scorecard counts it, with its response rate.
    const admin = local.site.agents().find((candidate) => candidate.admin)!.accountId;
    const dashboard = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await dashboard.goto(`${baseUrl}/jira/dashboard?as=${admin}`);
    await dashboard.locator('select[name=moduleKey]').selectOption('cx-scorecard');
    await dashboard.getByRole('button', { name: 'Add gadget' }).click();
    const edit: Frame = await appFrame(dashboard, 'gadget');
    await edit.getByLabel('Last 7 days').waitFor({ timeout: 15_000 });
    await edit.getByLabel('Last 7 days').check();
    await edit.getByRole('button', { name: 'Save' }).click();
    await dashboard.waitForFunction(() => !location.search.includes('edit='), undefined, { timeout: 15_000 });
    const view = await appFrame(dashboard, 'gadget');
    const ces = view
      .locator('li.cxg-tile')
      .filter({ has: view.getByRole('heading', { name: 'CES', exact: true }) });
    await ces.waitFor({ timeout: 15_000 });
    const tile = await ces.innerText();
    expect(tile).toMatch(/n\s=\s1\b/);
    expect(tile).toContain('Response rate 100 % (1 of 1 invited)');
    await shot(dashboard, 'one-click-scorecard');
    await dashboard.close();
  }, 120_000);
});
