import type { Browser } from 'playwright-core';
import { appFrame, launchChromium, listen } from '../support/browser';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * The agent journey through the host page in Chromium: a request is resolved through the control
 * API, the real trigger records it, and the issue panel framed in the agent view shows it.
 */
describe('agent issue view in Chromium', () => {
  let local: Site;
  let browser: Browser;
  let baseUrl: string;
  let close: () => void;

  beforeAll(async () => {
    local = await startLocalSite();
    const served = await listen(local);
    baseUrl = served.baseUrl;
    close = () => served.server.close();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    close?.();
    await local?.close();
  });

  it('shows a resolution recorded by the trigger in the issue panel', async () => {
    const key = local.site.listRequests({ limit: 5, projectKey: 'SD', status: 'open' })[0]!.key;
    const resolved = await fetch(`${baseUrl}/_local/requests/${key}/resolve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ duplicates: 1 }),
    });
    expect(resolved.status).toBe(200);

    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl}/jira/issue/${key}`);
    expect(response?.status()).toBe(200);
    const panel = await appFrame(page, 'issue-panel');
    const items = panel.getByRole('listitem');
    await items.first().waitFor({ timeout: 15_000 });
    expect(await items.count()).toBe(1); // delivered twice, recorded once
    const text = await items.first().innerText();
    expect(text).toMatch(/resolved/i);
    expect(text).toContain('as Done');
    expect(text).toContain('2 Mar 2026, 09:00');
    await page.screenshot({
      path: process.env.SCREENSHOT_DIR
        ? `${process.env.SCREENSHOT_DIR}/agent-issue-view.png`
        : `${local.dataDir}/agent-issue-view.png`,
      fullPage: true,
    });
    await page.close();
  }, 60_000);
});
