import type { Page } from 'playwright-core';
import type { Envelope } from '../../src/contract/envelope';
import { npsWords } from '../../src/domain/nps/nps-words';
import { DashboardStore } from '../../src/local/host/dashboard-store';
import { appFrame, useServedSite } from '../support/browser';
import { startLocalSite } from '../support/local-site';

const SHOTS = process.env.SCREENSHOT_DIR;

/**
 * NPS from the portal to the dashboard, in Chromium: the help center asks a customer whose request
 * was resolved, and not one already asked this cycle; a detractor answers 3 with a reason using
 * the keyboard only; the follow-up shows on the dashboard's NPS follow-ups gadget, the scorecard's
 * NPS tile counts the answer with its interval, and the distribution spreads 0–10. Light and dark.
 */
describe('NPS from the portal to the dashboard', () => {
  const site = useServedSite(async () => {
    const local = await startLocalSite();
    dataDir = local.dataDir;
    return local;
  });
  let dataDir = '';
  /** Customers used by an earlier run: each run takes two who have never been asked. */
  const used = new Set<string>();
  let runs = 0;

  const admin = () => site.local.site.agents().find((agent) => agent.admin)!.accountId;
  const invoke = async <T>(
    accountId: string,
    accountType: string,
    moduleKey: string,
    type: string,
    key: string,
    payload: unknown = {},
  ) =>
    (await site.local.runtime.invokeResolver(
      'resolver',
      { moduleKey, accountId, accountType, localId: moduleKey, extension: { type } },
      key,
      payload,
    )) as Envelope<T>;

  /** Two customers of SD, each with an open request of their own, resolved now; NPS on for SD. */
  async function twoResolvedCustomers() {
    const saved = await invoke(admin(), 'licensed', 'cx-admin', 'jira:adminPage', 'saveSettings', {
      // CES/CSAT paused: a survey at resolution would start NPS's quiet week.
      enabledProjects: [],
      nps: { enabledProjects: ['SD'] },
    });
    expect(saved.ok).toBe(true);
    const open = site.local.site.listRequests({ limit: 200, projectKey: 'SD', status: 'open' });
    const byReporter = new Map<string, string>();
    for (const summary of open) {
      const reporter = site.local.site.request(summary.key)!.reporterId;
      if (!byReporter.has(reporter) && !used.has(reporter)) byReporter.set(reporter, summary.key);
    }
    const [first, second] = [...byReporter.entries()];
    for (const [, key] of [first!, second!])
      expect((await site.post(`/_local/requests/${key}/resolve`)).status).toBe(200);
    await site.local.runtime.idle();
    used.add(first![0]).add(second![0]);
    return { eligible: first![0], asked: second![0] };
  }

  const portalHome = async (accountId: string, colorScheme: 'light' | 'dark') => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 900 }, colorScheme });
    await page.goto(`${site.baseUrl}/portal?as=${accountId}`);
    return page;
  };
  const gadgetFrameText = async (page: Page, moduleKey: string, expected: RegExp) => {
    const frame = page.frameLocator(`iframe[data-module-key="${moduleKey}"]`);
    await frame.locator('body').filter({ hasText: expected }).waitFor({ timeout: 30_000 });
    return frame.locator('body').innerText();
  };

  it.each(['light', 'dark'] as const)(
    'asks the eligible customer, not the one asked already, and a keyboard-only detractor answer reaches the dashboard (%s)',
    async (colorScheme) => {
      runs += 1;
      const { eligible, asked } = await twoResolvedCustomers();
      // Each customer reads the prompt in their own language (the seed's customers speak several).
      const wordsOf = (accountId: string) =>
        npsWords(site.local.site.users().find((user) => user.accountId === accountId)?.locale);
      const words = wordsOf(eligible);
      // The second customer was asked earlier in this cycle and answered.
      expect(
        await invoke(
          asked,
          'customer',
          'cx-portal-nps',
          'jiraServiceManagement:portalSubheader',
          'getNpsPrompt',
        ),
      ).toMatchObject({
        ok: true,
        data: { ask: true },
      });
      expect(
        (
          await invoke(
            asked,
            'customer',
            'cx-portal-nps',
            'jiraServiceManagement:portalSubheader',
            'answerNps',
            { score: 9 },
          )
        ).ok,
      ).toBe(true);

      const other = await portalHome(asked, colorScheme);
      await other.getByRole('heading', { name: 'Your requests' }).waitFor();
      const quiet = await appFrame(other, 'portal', 'cx-portal-nps');
      await other.waitForTimeout(1500);
      expect(await quiet.locator('body').innerText()).not.toContain(wordsOf(asked).question);
      await other.close();

      const page = await portalHome(eligible, colorScheme);
      const prompt = await appFrame(page, 'portal', 'cx-portal-nps');
      await prompt.getByText(words.question).waitFor({ timeout: 15_000 });
      expect(await page.locator('html').getAttribute('data-color-mode')).toBe(colorScheme);
      // Keyboard only: the scale is one tab stop; arrows move along it without answering.
      await prompt.getByRole('button', { name: '5', exact: true }).focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      await prompt.getByText(words.reasonPrompt).waitFor({ timeout: 15_000 });
      // The keyboard goes on from the question, which takes the focus with the new step.
      await prompt.waitForFunction(() => document.activeElement?.id === 'cx-nps-question');
      expect(await prompt.getByText(words.scoreLegend.replace('{score}', '3')).count()).toBe(1);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space'); // the first reason of the detractor band
      await page.keyboard.press('Tab');
      await page.keyboard.type('Nobody answered for a week.');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await prompt.getByText(words.thanks).waitFor({ timeout: 15_000 });
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/nps-portal-${colorScheme}.png`, fullPage: true });
      await page.close();

      // The figures are rebuilt a little later (the rollup queue's 30 s), and a gadget's cached
      // answer lasts five minutes.
      expect((await site.post('/_local/clock/advance', { seconds: 360 })).status).toBe(200);
      const dashboard = new DashboardStore(dataDir);
      for (const gadget of dashboard.list()) dashboard.remove(gadget.id);
      dashboard.add('cx-nps-follow-ups');
      dashboard.add('cx-scorecard');
      const distribution = dashboard.add('cx-distribution');
      dashboard.configure(distribution.id, { distributionMetric: 'nps', period: { preset: 7 } });
      const lead = await site.browser.newPage({ viewport: { width: 1200, height: 1600 }, colorScheme });
      await lead.goto(`${site.baseUrl}/jira/dashboard?as=${admin()}`);
      const followUps = await gadgetFrameText(lead, 'cx-nps-follow-ups', /Too slow/);
      expect(followUps).toContain(`NPS follow-ups: 1 open of ${runs}`);
      expect(followUps).toContain('Nobody answered for a week.');
      expect(followUps).toMatch(/3\s*\(detractor\)/);
      const scorecard = await gadgetFrameText(lead, 'cx-scorecard', /95 % CI/);
      const npsTile = scorecard.slice(scorecard.indexOf('NPS'));
      expect(npsTile).toMatch(new RegExp(`n\\s=\\s${2 * runs}\\b`));
      expect(npsTile).toContain('95 % CI');
      const spread = await gadgetFrameText(lead, 'cx-distribution', /10/);
      for (const score of ['0', '3', '6', '9', '10']) expect(spread).toContain(score);
      if (SHOTS) await lead.screenshot({ path: `${SHOTS}/nps-dashboard-${colorScheme}.png`, fullPage: true });
      // The lead closes it, by keyboard too.
      const gadget = lead.frameLocator('iframe[data-module-key="cx-nps-follow-ups"]');
      await gadget
        .getByRole('button', { name: /^Close: .*score 3$/ })
        .first()
        .focus();
      await lead.keyboard.press('Enter');
      await gadget.getByText(`NPS follow-ups: 0 open of ${runs}`).waitFor({ timeout: 15_000 });
      await lead.close();
    },
    180_000,
  );
});
