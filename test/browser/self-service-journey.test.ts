import type { Frame, Page } from 'playwright-core';
import { KvsAggregateStore } from '../../src/adapters/forge/kvs-aggregate-store';
import { INGEST_PROJECT } from '../../src/domain/ingest/ingest-facts';
import { selfServiceWords, type SelfServiceWords } from '../../src/domain/ingest/self-service-words';
import { DEFAULT_SETTINGS } from '../../src/domain/metrics/settings';
import { computeMetrics } from '../../src/domain/report/metrics';
import { useServedSite } from '../support/browser';
import { startLocalSite } from '../support/local-site';

/**
 * Self-service in the help center, in Chromium: two customers look for help and answer "Yes";
 * one raises no request, the other raises one within 24 hours. Once the 24 hours have passed
 * (the clock moved through the control API), one session succeeded and one failed, as metrics.md
 * decides them.
 */
describe('self-service in the help center', () => {
  const site = useServedSite(() => startLocalSite());

  /** The help center's footer frame once it asks its question (in the customer's language). */
  const question = async (page: Page, words: SelfServiceWords): Promise<Frame> => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      for (const frame of page.frames().filter((candidate) => candidate.url().includes('/apps/portal/'))) {
        if ((await frame.getByText(words.question).count()) > 0) return frame;
      }
      if (Date.now() > deadline) throw new Error('The help center asked nothing');
      await page.waitForTimeout(100);
    }
  };
  const selfService = async () => {
    await site.post('/_local/clock/advance', { seconds: 60 });
    await site.local.runtime.idle();
    const [day] = await new KvsAggregateStore().read(
      [{ projectKey: INGEST_PROJECT, period: '2026-03-02' }],
      'totals',
    );
    return computeMetrics(Object.values(day!.types)[0]!.total, {
      asOf: site.local.clock.now(),
      settings: DEFAULT_SETTINGS,
    }).selfService;
  };

  it('counts "Yes" as a success, unless the customer raises a request within 24 hours', async () => {
    const { local, browser, baseUrl } = site;
    const [helped, raised] = local.site.users().filter((user) => user.accountType === 'customer');
    for (const customer of [helped!, raised!]) {
      const page = await browser.newPage();
      expect(
        (await page.goto(`${baseUrl}/portal?as=${encodeURIComponent(customer.accountId)}`))?.status(),
      ).toBe(200);
      const words = selfServiceWords(customer.locale);
      const frame = await question(page, words);
      await frame.getByRole('button', { name: words.yes }).click();
      await frame.getByText(words.thanks).waitFor();
      await page.close();
    }
    // Both are within their 24 hours: pending, nothing decided yet.
    expect(await selfService()).toEqual({ value: null, n: 0, abandonmentRate: null, pending: 2 });

    // Two hours later the second customer raises a request after all: the app sees its creation.
    await site.post('/_local/clock/advance', { seconds: 2 * 3600 });
    const createdAt = new Date(local.clock.now());
    await local.runtime.deliverProductEvent({
      eventType: 'avi:jira:created:issue',
      timestamp: createdAt.getTime(),
      issue: {
        id: '990002',
        key: 'SD-99002',
        fields: {
          created: createdAt.toISOString().replace('Z', '+0000'),
          project: { key: 'SD' },
          reporter: { accountId: raised!.accountId },
          issuetype: { name: 'Service Request' },
        },
      },
    } as { eventType: string });
    expect(await selfService()).toEqual({ value: 0, n: 1, abandonmentRate: 0, pending: 1 });

    await site.post('/_local/clock/advance', { seconds: 24 * 3600 });
    expect(await selfService()).toEqual({ value: 50, n: 2, abandonmentRate: 0, pending: 0 });
  }, 120_000);

  it('asks an anonymous visitor nothing', async () => {
    const { browser, baseUrl } = site;
    const page = await browser.newPage();
    expect((await page.goto(`${baseUrl}/portal?as=anonymous`))?.status()).toBe(200);
    await page.waitForTimeout(1000);
    expect(page.frames().filter((frame) => frame.url().includes('/apps/portal/'))).toEqual([]);
    await page.close();
  });
});
