import type { Browser, Frame, Page } from 'playwright-core';
import type { Envelope } from '../../src/contract/envelope';
import { launchChromium, listen } from '../support/browser';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

const SHOTS = process.env.SCREENSHOT_DIR;

/**
 * What of a gadget's page reaches past the right edge of its frame. A scroll box does not excuse
 * it: a table a reader must scroll sideways on a phone has not been laid out for the phone.
 */
function overflowOf(frame: Frame): Promise<{ width: number; overflowing: string[] }> {
  return frame.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflowing: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      const name = `${element.tagName.toLowerCase()}.${String((element as HTMLElement).className || '')}`;
      overflowing.push(
        `${name} "${(element.textContent ?? '').slice(0, 30)}" ends at ${Math.round(box.right)} px`,
      );
    }
    return { width, overflowing: overflowing.slice(0, 5) };
  });
}

/**
 * A team lead reads the dashboard on a phone, 400 px wide: every gadget's frame stays on the page,
 * and nothing a gadget draws (tiles, chart, table, drill-down, edit form) reaches past its frame.
 */
describe('the dashboard at 400 px wide', () => {
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
        { ces: 1 + (index % 7), csat: 1 + (index % 5), comment: 'A rather long comment '.repeat(index % 4) },
      )) as Envelope<unknown>;
      if (!reply.ok) throw new Error(reply.error.message);
    }
    await local.clock.advance(120);
    await local.runtime.idle();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    close?.();
    await local?.close();
  });

  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const dashboard = () => `${baseUrl}/jira/dashboard?as=${admin()}`;
  const gadgetFrames = (page: Page) => page.frames().filter((frame) => frame.url().includes('/apps/gadget/'));

  /** Adds a gadget and saves its edit view with the last 7 days and the given choices. */
  async function addGadget(page: Page, moduleKey: string, choices: Record<string, string> = {}) {
    await page.goto(dashboard());
    await page.locator('select[name=moduleKey]').selectOption(moduleKey);
    await page.getByRole('button', { name: 'Add gadget' }).click();
    await page.waitForURL(/edit=/, { timeout: 15_000 });
    await page.waitForLoadState('load');
    // The edit view's frame, found afresh for each step: the host may replace a frame it has just
    // framed, and a handle to the old one acts on nothing.
    const editFrame = async (): Promise<Frame> => {
      for (let tries = 0; tries < 150; tries += 1) {
        for (const frame of gadgetFrames(page))
          if (
            (await frame
              .getByLabel('Last 7 days')
              .count()
              .catch(() => 0)) > 0
          )
            return frame;
        await page.waitForTimeout(100);
      }
      throw new Error(`No edit view for ${moduleKey}`);
    };
    await (await editFrame()).getByLabel('Last 7 days').check();
    for (const [label, value] of Object.entries(choices))
      await (await editFrame()).getByLabel(label, { exact: true }).selectOption(value);
    const edit = await editFrame();
    expect(await edit.getByLabel('Last 7 days').isChecked()).toBe(true);
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() => !location.search.includes('edit='), undefined, { timeout: 15_000 });
  }

  /** Each gadget's frame on the page and what reaches past it, once every gadget has drawn. */
  async function measure(page: Page) {
    const results: Array<{ frameRight: number; width: number; overflowing: string[] }> = [];
    for (const frame of gadgetFrames(page)) {
      const element = await frame.frameElement();
      await element.scrollIntoViewIfNeeded();
      await frame.locator('.cxg-root, form').first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(300);
      // Where the frame ends on the page, wherever the page is scrolled to.
      const frameRight = await element.evaluate((node) => {
        const box = (node as Element).getBoundingClientRect();
        return Math.round(box.right + window.scrollX);
      });
      results.push({ frameRight, ...(await overflowOf(frame)) });
    }
    return results;
  }

  it('keeps every gadget inside its frame, and every frame on the page', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await addGadget(page, 'cx-scorecard');
    await addGadget(page, 'cx-trend', { Metric: 'mtta' });
    await addGadget(page, 'cx-breakdown', { Metric: 'csat', 'Break down by': 'agent' });
    await addGadget(page, 'cx-breakdown', { Metric: 'mtta', 'Break down by': 'team' });
    await addGadget(page, 'cx-distribution');
    await page.goto(dashboard());
    await page.waitForTimeout(1000);

    // Narrowed from a desktop window, as a reader turns a tablet or shrinks the window.
    await page.setViewportSize({ width: 400, height: 900 });
    const narrowed = await measure(page);
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await pageWidth()).toBeLessThanOrEqual(400);
    expect(narrowed).toHaveLength(5);
    for (const gadget of narrowed) {
      expect(gadget.overflowing).toEqual([]);
      expect(gadget.frameRight).toBeLessThanOrEqual(400);
    }

    // Opened at 400 px, with a breakdown row's answers open.
    await page.goto(dashboard());
    const opened = await measure(page);
    expect(await pageWidth()).toBeLessThanOrEqual(400);
    for (const gadget of opened) {
      expect(gadget.overflowing).toEqual([]);
      expect(gadget.frameRight).toBeLessThanOrEqual(400);
    }
    let drilled = false;
    for (const frame of gadgetFrames(page)) {
      const row = frame.locator('.cxg-row-button').first();
      if ((await row.count()) === 0) continue;
      await row.click();
      await frame.getByRole('button', { name: 'Close' }).waitFor({ timeout: 15_000 });
      expect((await overflowOf(frame)).overflowing).toEqual([]);
      drilled = true;
    }
    expect(drilled).toBe(true);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/dashboard-400.png`, fullPage: true });

    // Each gadget's edit view.
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll('[data-gadget-id]')].map((card) => card.getAttribute('data-gadget-id')),
    );
    for (const id of ids) {
      await page.goto(`${dashboard()}&edit=${id}`);
      const edit = await measure(page);
      for (const gadget of edit) expect(gadget.overflowing).toEqual([]);
    }
    await page.close();
  }, 180_000);
});
