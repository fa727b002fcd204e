import type { Frame, Page } from 'playwright-core';
import { DEMO_CONNECTION } from '../../src/local/servicenow/local-instance';
import { mappingSchema } from '../../src/domain/servicenow';
import { appFrame, useServedSite } from '../support/browser';
import { startLocalSite } from '../support/local-site';

/**
 * The admin connects the simulated ServiceNow instance in Chromium: enters the instance and the
 * OAuth password grant, tests it table by table, saves, and watches the first sync's progress bar
 * fill; the dashboard's scorecard then shows JSM and ServiceNow side by side.
 */
describe('connecting ServiceNow from the admin page', () => {
  // JSM's desk with its replayed month of requests, beside the instance.
  const site = useServedSite(() =>
    startLocalSite({ months: 1, serviceNow: 'instance', replayHistory: true }),
  );
  const admin = () => site.local.site.agents().find((agent) => agent.admin)!.accountId;

  const section = async (page: Page): Promise<Frame> => {
    await page.goto(`${site.baseUrl}/jira/admin?as=${admin()}`);
    const frame = await appFrame(page, 'admin');
    await frame.getByLabel('Instance URL').waitFor({ timeout: 20_000 });
    return frame;
  };

  it('tests, saves, syncs with a progress bar, and the dashboard shows both desks', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const frame = await section(page);
    await frame.getByLabel('Instance URL').fill('http://cxdemo.service-now.com');
    await frame.getByLabel('Sign-in method').selectOption('oauth-password');
    const { credentials } = DEMO_CONNECTION;
    await frame.getByLabel('Client id').fill(credentials.clientId);
    await frame.getByLabel('Client secret').fill(credentials.clientSecret);
    await frame.getByLabel('User name').fill(credentials.userName);
    await frame.getByLabel('Password', { exact: true }).fill(credentials.password);
    await frame
      .getByLabel('Mapping')
      .fill(JSON.stringify(mappingSchema.parse(DEMO_CONNECTION.mapping), null, 2));
    // An http URL is refused with the reason, before anything is called.
    await frame.getByRole('button', { name: 'Test connection' }).click();
    await frame.getByText('The instance URL must start with https://').first().waitFor({ timeout: 15_000 });

    await frame.getByLabel('Instance URL').fill(DEMO_CONNECTION.instanceUrl);
    await frame.getByRole('button', { name: 'Test connection' }).click();
    const tables = frame.getByRole('list', { name: 'Tables', exact: true });
    await tables.getByText('incident: OK').waitFor({ timeout: 15_000 });
    expect(await tables.innerText()).toMatch(
      /sc_req_item: OK[\s\S]*task_sla: OK[\s\S]*asmt_metric_result: OK/,
    );

    await frame.getByRole('button', { name: 'Save and sync' }).click();
    await frame.getByText('Saved. The first sync has started.').waitFor({ timeout: 15_000 });
    const bar = frame.getByRole('progressbar');
    await bar.waitFor({ timeout: 15_000 });
    // The sync's queue steps run on the local clock: move it until the run has ended.
    const seen = new Set<string>();
    for (let round = 0; round < 60; round++) {
      seen.add((await bar.getAttribute('aria-valuenow')) ?? '');
      if ((await frame.getByText(/Last sync /).count()) > 0) break;
      await site.post('/_local/clock/advance', { seconds: 5 });
      await site.local.runtime.idle();
      await page.waitForTimeout(300);
    }
    await frame.getByText(/records read\. Last sync /).waitFor({ timeout: 15_000 });
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    expect(seen.size).toBeGreaterThan(1);
    expect(await frame.locator('body').innerText()).not.toContain(credentials.password);
    // The days the sync changed are rebuilt by the rollups it asked for.
    await site.post('/_local/clock/advance', { seconds: 120 });
    await site.local.runtime.idle();

    await page.goto(`${site.baseUrl}/jira/dashboard?as=${admin()}`);
    await page.locator('select[name=moduleKey]').selectOption('cx-scorecard');
    await page.getByRole('button', { name: 'Add gadget' }).click();
    const edit = await appFrame(page, 'gadget');
    const last90 = edit.getByLabel('Last 90 days');
    await last90.waitFor({ timeout: 15_000 });
    await last90.check();
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() => !location.search.includes('edit='), undefined, { timeout: 15_000 });
    const view = await appFrame(page, 'gadget');
    const bySource = view.getByRole('table', { name: 'By source' });
    await bySource.waitFor({ timeout: 20_000 }).catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${await view.locator('body').innerText()}`);
    });
    const headers = await bySource.getByRole('columnheader').allInnerTexts();
    expect(headers).toEqual(['Metric', 'JSM', 'ServiceNow']);
    // Both desks resolved tickets: first-contact resolution for each, with its n.
    const fcr = await bySource
      .getByRole('row')
      .filter({ hasText: 'First contact resolution' })
      .first()
      .innerText();
    expect(fcr.match(/n\s=\s[1-9]/g)?.length).toBe(2);
    // ServiceNow's survey answers are there, on the same scale.
    const csat = await bySource.getByRole('row').filter({ hasText: 'CSAT' }).first().innerText();
    expect(csat).toMatch(/\d+\s%\sn\s=\s[1-9]/);
    await page.close();
  }, 240_000);
});
