import { appFrame, useServedSite } from '../support/browser';
import { startLocalSite } from '../support/local-site';

/** The admin starts a history import on the local site and watches the progress bar reach 100 %. */
describe('history import in Chromium', () => {
  const site = useServedSite(() => startLocalSite());

  it('starts an import and shows its progress until done', async () => {
    const { local, browser, baseUrl } = site;
    const admin = local.site.agents().find((agent) => agent.admin)!.accountId;
    const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    expect((await page.goto(`${baseUrl}/jira/admin?as=${admin}`))?.status()).toBe(200);
    const frame = await appFrame(page, 'admin');
    const months = frame.getByLabel('Months to import');
    await months.waitFor({ timeout: 15_000 });
    await months.fill('2');
    await frame.getByRole('button', { name: 'Start import' }).click();
    const bar = frame.getByRole('progressbar');
    await bar.waitFor({ timeout: 15_000 });

    // The import runs on the local clock: move it on while the page polls the progress.
    let value = '0';
    for (let step = 0; step < 60 && value !== '100'; step += 1) {
      await site.post('/_local/clock/advance', { seconds: 30 });
      await page.waitForTimeout(500);
      value = (await bar.getAttribute('aria-valuenow')) ?? '0';
    }
    expect(value).toBe('100');
    await frame.getByText(/done/i).first().waitFor({ timeout: 15_000 });
    const total = local.site.listRequests({ limit: 100_000 }).length;
    expect(await frame.locator('body').innerText()).toContain(total.toLocaleString('en-US'));

    // The admin rebuilds every figure from the stored records and sees it through.
    await frame.getByRole('button', { name: 'Rebuild figures' }).click();
    await frame
      .getByText(/Rebuilding…|Rebuild requested/)
      .first()
      .waitFor({ timeout: 15_000 });
    await site.post('/_local/clock/advance', { seconds: 60 });
    await frame.getByText(/Rebuild requested for every day/).waitFor({ timeout: 15_000 });

    if (process.env.SCREENSHOT_DIR) {
      await page.screenshot({
        path: `${process.env.SCREENSHOT_DIR}/admin-history-import.png`,
        fullPage: true,
      });
    }
    await page.close();
  }, 120_000);
});
