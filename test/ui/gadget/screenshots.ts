/**
 * Drives the fake dev host in Chromium like a team lead: adds each gadget to the dashboard,
 * configures it in its edit view, and saves screenshots of the result in light and dark mode.
 *
 *   npx tsx scripts/build-static.ts gadget
 *   npx tsx test/local/host/serve-fake-host.ts 4411 &
 *   npx tsx test/ui/gadget/screenshots.ts http://127.0.0.1:4411 <out-dir>
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Frame, type Page } from 'playwright-core';

const BASE = process.argv[2] ?? 'http://127.0.0.1:4411';
const OUT = process.argv[3] ?? 'docs/screenshots';

export type Configure = (frame: Frame) => Promise<void>;

async function gadgetFrame(page: Page, gadgetId: string): Promise<Frame> {
  const handle = await page.waitForSelector(`#gadget-${gadgetId} iframe`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`gadget ${gadgetId} has no frame`);
  return frame;
}

async function clearDashboard(page: Page): Promise<void> {
  await page.goto(`${BASE}/jira/dashboard`);
  for (;;) {
    const remove = page.locator('form[action*="/remove"] button').first();
    if ((await remove.count()) === 0) return;
    await Promise.all([page.waitForNavigation(), remove.click()]);
  }
}

export async function setColorMode(page: Page, mode: 'light' | 'dark'): Promise<void> {
  const current = await page.evaluate(() => document.documentElement.getAttribute('data-color-mode'));
  if (current !== mode) await page.click('#host-theme-toggle');
}

/** Adds a gadget, which opens its edit view; runs `configure` in it and saves. Returns the gadget id. */
export async function addAndConfigure(page: Page, moduleKey: string, configure: Configure): Promise<string> {
  await page.goto(`${BASE}/jira/dashboard`);
  await page.selectOption('select[name="moduleKey"]', moduleKey);
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Add gadget")')]);
  const gadgetId = new URL(page.url()).searchParams.get('edit');
  if (!gadgetId) throw new Error('the new gadget did not open its edit view');
  const frame = await gadgetFrame(page, gadgetId);
  await frame.waitForSelector('form button[type="submit"]');
  await configure(frame);
  await frame.click('form button[type="submit"]');
  await page.waitForFunction(
    (id) => document.querySelector(`#gadget-${id} iframe`)?.getAttribute('data-entry-point') !== 'edit',
    gadgetId,
  );
  return gadgetId;
}

export async function viewReady(page: Page, gadgetId: string): Promise<Frame> {
  const frame = await gadgetFrame(page, gadgetId);
  await frame.waitForLoadState();
  await frame.waitForFunction(() => {
    const root = document.getElementById('root');
    return !!root && root.textContent !== '' && !root.querySelector('[role="status"] .cx-spinner');
  });
  await page.waitForTimeout(400);
  return frame;
}

async function shot(page: Page, gadgetId: string, file: string): Promise<void> {
  await page.locator(`#gadget-${gadgetId}`).scrollIntoViewIfNeeded();
  await page.evaluate((id) => {
    const card = document.getElementById(`gadget-${id}`);
    if (card) window.scrollTo(0, Math.max(0, card.getBoundingClientRect().top + window.scrollY - 120));
  }, gadgetId);
  await page.waitForTimeout(300);
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, file), type: 'png' });
  console.log(`saved ${join(OUT, file)}`);
}

const check = (frame: Frame, label: string) => frame.getByLabel(label, { exact: true }).check();

export const CONFIGURE: Record<string, Configure> = {
  'cx-scorecard': async (frame) => {
    await check(frame, 'IT Service Desk (SD)');
    await frame.getByLabel('Last 90 days').check();
    await frame.getByLabel('TTV — Time to value').check();
    await frame.getByRole('button', { name: 'Move NPS up' }).click();
    await frame.getByLabel('CSAT target (%)').fill('88');
  },
  'cx-trend': async (frame) => {
    await frame.getByLabel('Last 90 days').check();
    await frame.getByLabel('Metric').selectOption('csat');
    await frame.getByLabel('Week').check();
  },
  'cx-breakdown': async (frame) => {
    await frame.getByLabel('Metric').selectOption('csat');
    await frame.getByLabel('Break down by').selectOption('agent');
  },
  'cx-distribution': async (frame) => {
    await frame.getByLabel('Survey').selectOption('nps');
  },
};

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  try {
    for (const [moduleKey, configure] of Object.entries(CONFIGURE)) {
      await clearDashboard(page);
      await setColorMode(page, 'light');
      const id = await addAndConfigure(page, moduleKey, configure);
      const frame = await viewReady(page, id);
      if (moduleKey === 'cx-breakdown') {
        await frame.getByRole('button', { name: /^Bob Admin/ }).click();
        await frame.getByRole('button', { name: 'Load more' }).waitFor();
      }
      await shot(page, id, `${moduleKey.replace('cx-', 'gadget-')}.png`);
      if (moduleKey === 'cx-scorecard') {
        await setColorMode(page, 'dark');
        await page.waitForTimeout(400);
        await shot(page, id, 'gadget-scorecard-dark.png');
        await setColorMode(page, 'light');
      }
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && /screenshots\.[cm]?[tj]s$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
