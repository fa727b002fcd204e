/**
 * Drives the fake dev host in Chromium like an administrator and an agent: watches the history
 * import reach 100 %, makes one fail and resumes it, downloads the records, and looks at the ticket
 * timings in the agent panel; saves screenshots in light and dark mode and checks what a screen
 * reader gets (the progress bar's values, the live announcement).
 *
 *   npx tsx scripts/build-static.ts admin issue-panel
 *   npx tsx test/local/host/serve-fake-host.ts 4437 &
 *   npx tsx test/ui/history/screenshots.ts http://127.0.0.1:4437 <out-dir>
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { appFrame, launchChromium } from '../../support/browser';

const BASE = process.argv[2] ?? 'http://127.0.0.1:4437';
const OUT = process.argv[3] ?? 'test-results/history';

async function setColorMode(page: Page, mode: 'light' | 'dark'): Promise<void> {
  const current = await page.evaluate(() => document.documentElement.getAttribute('data-color-mode'));
  // Clicked in the page: the header may be scrolled out of view behind a tall frame.
  if (current !== mode) await page.evaluate(() => document.getElementById('host-theme-toggle')?.click());
  // The host passes the mode on to its frames; wait until each has it.
  for (const frame of page.frames().slice(1)) {
    await frame.waitForFunction(
      (want) => document.documentElement.getAttribute('data-color-mode') === want,
      mode,
      { timeout: 5000 },
    );
  }
}

function check(condition: unknown, what: string): void {
  if (!condition) throw new Error(`not as expected: ${what}`);
  console.log(`ok  ${what}`);
}

async function shot(page: Page, file: string, locator?: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  if (locator) await page.locator(locator).scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, file), fullPage: true });
  console.log(`saved ${join(OUT, file)}`);
}

/** Scrolls the frame's section into view and shoots the whole page. */
async function sectionShot(page: Page, frame: Frame, selector: string, file: string): Promise<void> {
  await frame.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, file) });
  console.log(`saved ${join(OUT, file)}`);
}

/** The `getBackfill` calls the host forwards to the backend during `ms`. */
async function countBackfillReads(page: Page, ms: number): Promise<number> {
  let reads = 0;
  const count = (request: { postData(): string | null }) => {
    if (request.postData()?.includes('getBackfill')) reads += 1;
  };
  page.on('request', count);
  await page.waitForTimeout(ms);
  page.off('request', count);
  return reads;
}

const bar = (frame: Frame) => frame.getByRole('progressbar');
const barValue = async (frame: Frame) => Number(await bar(frame).getAttribute('aria-valuenow'));

async function adminJourney(page: Page): Promise<void> {
  await page.goto(`${BASE}/jira/admin?as=agent-2`);
  await setColorMode(page, 'light');
  const frame = await appFrame(page, 'admin');
  await frame.getByRole('heading', { name: 'History import' }).waitFor();
  await bar(frame).waitFor();

  check((await bar(frame).getAttribute('aria-valuemin')) === '0', 'bar has aria-valuemin 0');
  check((await bar(frame).getAttribute('aria-valuemax')) === '100', 'bar has aria-valuemax 100');
  const first = await frame.locator('#cx-history-heading').locator('..').innerText();
  check(first.includes('estimating…'), 'first answer without an estimate says "estimating…"');
  check(first.includes('Imports the last 12 months of requests'), 'the summary names the months');
  check(first.includes('No request failed to import.'), 'no errors yet');
  check(
    await frame.getByRole('button', { name: 'Import running' }).isDisabled(),
    'Start is disabled while running',
  );
  await sectionShot(page, frame, '#cx-history-heading', 'admin-history-estimating-light.png');

  await frame.getByText(/about \d+\s*min left/).waitFor({ timeout: 10_000 });
  const running = await countBackfillReads(page, 4500);
  check(running >= 1 && running <= 3, `reads progress every 2 s while running (${running} in 4.5 s)`);
  const mid = await barValue(frame);
  check(mid > 0 && mid < 100, `bar moves while running (${mid} %)`);
  const text = await frame.locator('#cx-history-heading').locator('..').innerText();
  check(/[\d,]+ of 12,400 · \d+\s%/.test(text), 'visible "n of total · p %" text');
  await frame.getByText('3 requests could not be imported').waitFor({ timeout: 10_000 });
  check(true, 'error count shown once errors occur');
  await sectionShot(page, frame, '#cx-history-heading', 'admin-history-running-light.png');
  await setColorMode(page, 'dark');
  await sectionShot(page, frame, '#cx-history-heading', 'admin-history-running-dark.png');
  await setColorMode(page, 'light');

  await frame.getByText('12,400 of 12,400 · 100').waitFor({ timeout: 30_000 });
  check((await barValue(frame)) === 100, 'bar reaches 100 %');
  const live = frame
    .locator('[role="status"][aria-live="polite"]')
    .filter({ hasText: 'History import done' });
  check((await live.count()) === 1, 'completion announced in the live region');
  check(!(await frame.getByText(/left$|estimating…/).count()), 'no time left once done');
  await sectionShot(page, frame, '#cx-history-heading', 'admin-history-done-light.png');
  await setColorMode(page, 'dark');
  await sectionShot(page, frame, '#cx-history-heading', 'admin-history-done-dark.png');
  await setColorMode(page, 'light');

  const polls = await countBackfillReads(page, 4500);
  check(polls === 0, `no polling after the import is done (${polls} calls)`);

  const months = frame.getByLabel('Months to import');
  await months.fill('30');
  await frame.getByRole('button', { name: 'Start import' }).click();
  await frame.getByText('Enter a whole number of months from 1 to 24.').waitFor();
  check((await months.getAttribute('aria-invalid')) === 'true', 'out-of-range months marked invalid');
  await sectionShot(page, frame, '#cx-history-heading', 'admin-history-invalid-light.png');

  await months.fill('24');
  check(
    (await frame.locator('#cx-history-heading').locator('..').innerText()).includes('last 24 months'),
    'the summary follows the months typed',
  );
  await frame.getByRole('button', { name: 'Start import' }).click();
  await frame.getByRole('button', { name: 'Resume import' }).waitFor({ timeout: 30_000 });
  const failed = await frame.locator('#cx-history-heading').locator('..').innerText();
  check(/failed/i.test(failed) && failed.includes('503'), 'failed state shows the last error');
  check((await frame.getByRole('button', { name: 'Start over' }).count()) === 1, 'Start over beside Resume');
  check(
    (await frame.locator('[role="status"]').filter({ hasText: 'History import failed' }).count()) === 1,
    'failure announced',
  );
  await sectionShot(page, frame, '#cx-history-heading', 'admin-history-failed-light.png');
  await setColorMode(page, 'dark');
  await sectionShot(page, frame, '#cx-history-heading', 'admin-history-failed-dark.png');
  await setColorMode(page, 'light');

  await frame.getByRole('button', { name: 'Resume import' }).click();
  await frame.getByText('12,400 of 12,400 · 100').waitFor({ timeout: 30_000 });
  check(true, 'resumed import reaches 100 %');

  // The export.
  const downloadButton = frame.getByRole('button', { name: 'Download records (NDJSON)' });
  await downloadButton.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    downloadButton.click(),
  ]);
  await frame
    .getByText(/^[\d,]+ records…$/)
    .waitFor()
    .catch(() => undefined);
  const file = join(OUT, download.suggestedFilename());
  await download.saveAs(file);
  check(/^cx-metrics-records-\d{4}-\d{2}-\d{2}\.ndjson$/.test(download.suggestedFilename()), 'file name');
  const lines = readFileSync(file, 'utf8').split('\n');
  check(
    lines.length === 12_401 && lines[12_400] === '',
    `12,400 lines and a final newline (${lines.length - 1})`,
  );
  await frame.getByText('12,400 records saved as').waitFor();
  await sectionShot(page, frame, '#cx-export-heading', 'admin-export-light.png');
  await setColorMode(page, 'dark');
  await sectionShot(page, frame, '#cx-export-heading', 'admin-export-dark.png');
  await setColorMode(page, 'light');
  await shot(page, 'admin-full-light.png');
}

async function panel(page: Page, key: string): Promise<Frame> {
  await page.goto(`${BASE}/jira/issue/${key}?as=agent-1`);
  const frame = await appFrame(page, 'issue-panel');
  await frame.waitForFunction(() => {
    const root = document.getElementById('root');
    return !!root && root.textContent !== '' && !root.querySelector('.cx-spinner');
  });
  await page.waitForTimeout(500);
  return frame;
}

async function panelJourney(page: Page): Promise<void> {
  await setColorMode(page, 'light');
  let frame = await panel(page, 'SD-2');
  await frame.getByRole('heading', { name: 'Ticket timings' }).waitFor();
  const sd2 = await frame.locator('dl').last().innerText();
  check(sd2.includes('by an agent') && sd2.includes('42') && sd2.includes('once'), 'SD-2 timings');
  check((await frame.getByText('Follow-up needed').count()) === 1, 'the survey part still shows');
  await shot(page, 'panel-sd2-light.png');
  await setColorMode(page, 'dark');
  await shot(page, 'panel-sd2-dark.png');
  frame = await panel(page, 'SD-3');
  const sd3 = await frame.locator('dl').last().innerText();
  check(sd3.includes('by automation') && sd3.includes('no time logged'), 'SD-3 timings');
  await shot(page, 'panel-sd3-dark.png');
  await setColorMode(page, 'light');
  frame = await panel(page, 'SD-1');
  check((await frame.getByRole('heading', { name: 'Ticket timings' }).count()) === 0, 'SD-1 hides the block');
  await shot(page, 'panel-sd1-light.png');
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 }, acceptDownloads: true });
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  try {
    await adminJourney(page);
    await panelJourney(page);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
