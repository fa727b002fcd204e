import { FIGURE_METRICS } from '../../src/domain/report/figures';
import { appFrame, useServedSite } from '../support/browser';
import { startLocalSite } from '../support/local-site';

interface Task {
  key: string;
  labels: string[];
  assigneeId: string | null;
  description: unknown;
}

const textOf = (node: unknown): string =>
  typeof node !== 'object' || node === null
    ? ''
    : 'text' in node && typeof node.text === 'string'
      ? node.text
      : 'content' in node && Array.isArray(node.content)
        ? node.content.map(textOf).join(' ')
        : '';

/**
 * A team lead's review, in Chromium: the report page with both groups of metrics and their owners,
 * the seeded data gap named with its share and a working link to the tickets, a printable PDF of
 * several pages, and the admin's review plan turning into one review task per metric.
 */
describe('the CX report in Chromium', () => {
  const site = useServedSite(() => startLocalSite({ replayHistory: true }));

  it('shows both groups with owners and names the seeded team gap with its share and its tickets', async () => {
    const { local, browser, baseUrl } = site;
    const admin = local.site.agents().find((agent) => agent.admin)!.accountId;
    // The replayed history's figures are rolled up a little after the start, on the local clock.
    await site.post('/_local/clock/advance', { seconds: 120 });
    await local.runtime.idle();
    const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
    expect((await page.goto(`${baseUrl}/jira/apps?as=${admin}`))?.status()).toBe(200);
    const frame = await appFrame(page, 'report');
    await frame.getByRole('heading', { name: 'Results metrics' }).waitFor({ timeout: 30_000 });
    await frame.getByRole('heading', { name: 'Process metrics' }).waitFor();
    const results = frame.getByRole('region', { name: 'Results metrics' });
    const process = frame.getByRole('region', { name: 'Process metrics' });
    expect(await results.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    expect(await process.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    expect(await results.locator('tr[data-metric="ces"]').innerText()).toContain(
      'Service desk manager (not named)',
    );
    expect(await process.locator('tr[data-metric="fcr"]').innerText()).toMatch(
      /Team lead \(not named\)\s+daily/,
    );

    // The window the page shows, and what the seed says of the team field in it.
    const windowText = await frame.getByText(/^\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}/).innerText();
    const [, from, to] = /^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})/.exec(windowText)!;
    const resolved = local.seedTruth!.tickets.filter(
      (t) =>
        t.project === 'SD' &&
        t.resolvedAt &&
        t.resolvedAt.slice(0, 10) >= from! &&
        t.resolvedAt.slice(0, 10) <= to!,
    );
    const noTeam = resolved.filter((t) => t.team === undefined);
    expect(noTeam.length).toBeGreaterThan(0);
    const share = Math.round((1000 * noTeam.length) / resolved.length) / 10;
    const teamRow = frame.locator('section[data-project="SD"] tr[data-check="team"]');
    expect(await teamRow.innerText()).toContain(`${share} %`);
    expect(await teamRow.innerText()).toContain('the team breakdown leaves them out');

    // The link opens Jira's issue search with the tickets that have no team.
    await teamRow.getByRole('link', { name: 'List in Jira' }).click();
    await page.waitForURL(/\/issues\/\?jql=/, { timeout: 15_000 });
    expect(await page.getByTestId('jql').innerText()).toContain('cf[10001] is EMPTY');
    const listed = await page.locator('.host-issue-list li a').allInnerTexts();
    expect(listed.sort()).toEqual(noTeam.map((t) => t.key).sort());
    await page.close();
  }, 120_000);

  it('prints to a PDF of several pages, with no table cut across a page', async () => {
    const { local, browser, baseUrl } = site;
    const admin = local.site.agents().find((agent) => agent.admin)!.accountId;
    const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
    await page.goto(`${baseUrl}/jira/apps?as=${admin}`);
    const frame = await appFrame(page, 'report');
    await frame.getByRole('heading', { name: 'Open follow-ups (low scores)' }).waitFor({ timeout: 30_000 });
    // Printing from the page's own Print button prints the frame's document: print that document.
    const html = await frame.evaluate(() => document.documentElement.outerHTML);
    const printed = await browser.newPage();
    // The document as rendered, without its scripts (they would mount the app again, outside Jira).
    const rendered = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    await printed.setContent(rendered.replace('<head>', `<head><base href="${frame.url()}">`), {
      waitUntil: 'load',
    });
    await printed.emulateMedia({ media: 'print' });
    const rules = await printed.evaluate(() => ({
      tables: [...document.querySelectorAll('table')].map((table) => getComputedStyle(table).breakInside),
      controls: getComputedStyle(document.querySelector('.cx-no-print')!).display,
    }));
    expect(rules.tables.length).toBeGreaterThanOrEqual(4);
    expect(new Set(rules.tables)).toEqual(new Set(['avoid']));
    expect(rules.controls).toBe('none');
    const pdf = await printed.pdf({ format: 'A4', printBackground: true });
    expect(pdf.length).toBeGreaterThan(10_000);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    if (process.env.SCREENSHOT_DIR)
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/report-page.png`, fullPage: true });
    await printed.close();
    await page.close();
  }, 120_000);

  it('turns the admin’s review plan into one review task per metric as the clock moves', async () => {
    const { local, browser, baseUrl } = site;
    const admin = local.site.agents().find((agent) => agent.admin)!.accountId;
    const page = await browser.newPage({ viewport: { width: 1100, height: 1600 } });
    await page.goto(`${baseUrl}/jira/admin?as=${admin}`);
    const frame = await appFrame(page, 'admin');
    const section = frame.getByRole('region', { name: 'Metric owners and reviews' });
    await section.getByText('Create a review task at each cadence').waitFor({ timeout: 30_000 });
    await section.getByLabel('Create a review task at each cadence').check();
    await section.getByLabel('Project for review tasks').selectOption('SD');
    const owner = local.site.users().find((user) => user.accountId === admin)!.displayName;
    await section.getByLabel('Owner of CES').selectOption({ label: owner });
    await section.getByRole('button', { name: 'Apply review plan' }).click();
    await section.getByText('Review plan saved.').waitFor({ timeout: 15_000 });

    await site.post('/_local/clock/advance', { seconds: 3600 });
    const tasks = ((await (await fetch(`${baseUrl}/_local/tasks`)).json()) as { tasks: Task[] }).tasks;
    expect(tasks).toHaveLength(FIGURE_METRICS.length);
    const labels = tasks.flatMap((task) => task.labels);
    expect(new Set(labels).size).toBe(FIGURE_METRICS.length);
    const ces = tasks.find((task) => task.labels.includes('cx-review-ces-2026-02'))!;
    expect(ces.assigneeId).toBe(admin);
    expect(textOf(ces.description)).toMatch(/CES: (\d+\.\d %|no data)\s+\(n = \d+/);
    const fcr = tasks.find((task) => task.labels.includes('cx-review-fcr-2026-03-01'))!;
    expect(textOf(fcr.description)).toMatch(/First contact resolution: \d+\.\d %\s+\(n = [1-9]\d*/);
    await site.post('/_local/clock/advance', { seconds: 3600 });
    const again = ((await (await fetch(`${baseUrl}/_local/tasks`)).json()) as { tasks: Task[] }).tasks;
    expect(again.filter((task) => task.labels.some((label) => label.endsWith('-2026-02')))).toHaveLength(
      tasks.filter((task) => task.labels.some((label) => label.endsWith('-2026-02'))).length,
    );
    await page.close();
  }, 120_000);
});
