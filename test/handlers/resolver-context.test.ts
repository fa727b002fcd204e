/**
 * A resolver gets the context Forge documents for it, nothing more: no `locale`, no `timezone`. So
 * the portal survey takes the customer's language from their Jira profile, and falls back to the
 * default wording when the profile hides it (`locale: null` under the user's privacy settings).
 */
import Resolver from '@forge/resolver';
import { DEFAULT_MESSAGES } from '../../src/domain/i18n/default-messages';
import type { PortalSurvey } from '../../src/contract/survey';
import { LocalKvs } from '../../src/local/kvs';
import { Clock } from '../../src/local/platform/clock';
import { LOCAL_CLOUD_ID, LOCAL_INSTALL_CONTEXT, LocalForge } from '../../src/local/platform/runtime';
import { NOW, smallSite } from '../local/jsm/fixture';
import { APP_DIR, startLocalSite } from '../support/local-site';
import { surfaces } from '../support/resolvers';

describe("a resolver's context", () => {
  it('holds the documented fields only', async () => {
    const echo = new Resolver();
    echo.define('context', ({ context }) => context);
    const runtime = new LocalForge({
      appDir: APP_DIR,
      clock: new Clock('manual', NOW),
      kvs: new LocalKvs(),
      site: smallSite(),
      loadHandlers: () => ({ resolver: echo.getDefinitions() }),
    }).start();
    try {
      const frame = {
        moduleKey: 'cx-portal-survey',
        accountId: 'cust-ana',
        accountType: 'customer',
        localId: 'portal-SD-1',
        extension: { type: 'jiraServiceManagement:portalRequestDetail', request: { key: 'SD-1' } },
        // What the host knows of the frame but Forge does not hand a resolver.
        locale: 'de-DE',
        timezone: 'Europe/Berlin',
      };
      expect(await runtime.invokeResolver('resolver', frame, 'context', {})).toEqual({
        accountId: 'cust-ana',
        accountType: 'customer',
        cloudId: LOCAL_CLOUD_ID,
        environmentId: 'local-development',
        environmentType: 'DEVELOPMENT',
        extension: frame.extension,
        installContext: LOCAL_INSTALL_CONTEXT,
        localId: 'portal-SD-1',
        moduleKey: 'cx-portal-survey',
        siteUrl: 'http://localhost',
      });
    } finally {
      await runtime.stop();
    }
  });
});

describe("the portal survey's language", () => {
  let local: Awaited<ReturnType<typeof startLocalSite>>;
  let key: string;
  const { portal } = surfaces(() => local);

  beforeEach(async () => {
    local = await startLocalSite();
    key = local.site.listRequests({ limit: 20, projectKey: 'SD', status: 'open' })[0]!.key;
  });
  afterEach(() => local.close());

  const reporter = () => local.site.request(key)!.reporterId;
  /** Sets what the reporter's Jira profile says of their locale. */
  const setLocale = (locale: string | null) => {
    const data = local.site.snapshot();
    data.users.find((user) => user.accountId === reporter())!.locale = locale;
    local.site.replaceData(data);
  };
  const openSurvey = async () => {
    await local.runtime.deliverProductEvent(local.site.resolve(key));
    await local.clock.advance(65 * 60);
    await local.runtime.idle();
  };

  it("follows the customer's Jira profile, for the survey and for the answer's thank-you", async () => {
    setLocale('de_DE');
    await openSurvey();
    const opened = await portal<PortalSurvey>(key, reporter(), 'getPortalSurvey');
    expect(opened).toMatchObject({
      ok: true,
      data: { state: 'open', locale: 'de', messages: { cesQuestion: DEFAULT_MESSAGES.de.cesQuestion } },
    });
    const answered = await portal<PortalSurvey>(key, reporter(), 'submitSurvey', { ces: 6, csat: 5 });
    expect(answered).toMatchObject({
      ok: true,
      data: { state: 'answered', locale: 'de', messages: { thankYou: DEFAULT_MESSAGES.de.thankYou } },
    });
  });

  it('uses the default wording when the profile hides the locale (null)', async () => {
    setLocale(null);
    await openSurvey();
    const opened = await portal<PortalSurvey>(key, reporter(), 'getPortalSurvey');
    expect(opened).toMatchObject({
      ok: true,
      data: { state: 'open', locale: 'en', messages: { cesQuestion: DEFAULT_MESSAGES.en.cesQuestion } },
    });
    // Jira really answered `locale: null` for this customer.
    const profile = await local.site.fetch(`/rest/api/3/user?accountId=${reporter()}`, undefined, {
      as: 'app',
    });
    expect(await profile.json()).toMatchObject({ accountId: reporter(), locale: null });
  });
});
