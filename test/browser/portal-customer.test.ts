import { appFrame, useServedSite } from '../support/browser';
import { startLocalSite } from '../support/local-site';

const SHOTS = process.env.SCREENSHOT_DIR;

/**
 * A German-speaking customer in the portal, in Chromium: the whole panel is in German (the
 * characters-left counter included), arrow keys on the rating scale stop at its best score, and
 * someone who may not answer the survey is told why, with no retry that could not help.
 */
describe('the portal survey for a customer in German', () => {
  const site = useServedSite(() => startLocalSite());

  /** An open request raised by a customer whose Jira language is German, resolved and invited. */
  async function invitedGermanRequest() {
    const { local } = site;
    const german = new Set(
      local.site
        .customers()
        .filter((customer) => customer.locale?.startsWith('de'))
        .map((customer) => customer.accountId),
    );
    const request = local.site
      .listRequests({ limit: 200, status: 'open' })
      .map((summary) => local.site.request(summary.key)!)
      .find((candidate) => german.has(candidate.reporterId));
    if (!request) throw new Error('The seeded site has no open request raised in German');
    expect((await site.post(`/_local/requests/${request.key}/resolve`)).status).toBe(200);
    expect((await site.post('/_local/clock/advance', { seconds: 3600 + 300 })).status).toBe(200);
    return request;
  }

  it('speaks German throughout, and the arrow keys stop at the best score', async () => {
    const request = await invitedGermanRequest();
    const page = await site.browser.newPage({ viewport: { width: 400, height: 900 } });
    await page.goto(`${site.baseUrl}/portal/request/${request.key}?as=${request.reporterId}`);
    const survey = await appFrame(page, 'portal');
    const effort = survey.getByRole('radiogroup').first();
    await effort.waitFor({ timeout: 15_000 });
    await survey.getByRole('textbox').fill('Danke');
    await survey.getByText('Noch 1.995 Zeichen').waitFor({ timeout: 5_000 });
    expect(await survey.locator('body').innerText()).not.toMatch(/characters? left/);

    const best = effort.getByRole('radio').last();
    await best.click();
    await best.press('ArrowRight');
    await best.press('ArrowDown');
    expect(await effort.locator('[aria-checked=true]').innerText()).toMatch(/^7/);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/portal-german-400.png`, fullPage: true });
    await page.close();
  }, 90_000);

  it('tells someone who may not answer why, without a retry', async () => {
    const request = await invitedGermanRequest();
    const outsider = site.local.site
      .customers()
      .find(
        (customer) =>
          customer.locale?.startsWith('de') &&
          customer.accountId !== request.reporterId &&
          !request.participantIds.includes(customer.accountId),
      )!;
    const page = await site.browser.newPage({ viewport: { width: 400, height: 900 } });
    await page.goto(`${site.baseUrl}/portal/request/${request.key}?as=${outsider.accountId}`);
    const survey = await appFrame(page, 'portal');
    const alert = survey.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    const text = await alert.innerText();
    expect(text).toContain('Sie können diese Umfrage nicht beantworten');
    expect(text).toContain('Nur die Person, die diese Anfrage gestellt hat');
    expect(await survey.getByRole('button').count()).toBe(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/portal-not-allowed.png`, fullPage: true });
    await page.close();
  }, 90_000);
});
