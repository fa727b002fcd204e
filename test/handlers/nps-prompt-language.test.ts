import type { AdminSettings } from '../../src/contract/survey';
import type { Envelope } from '../../src/contract/envelope';
import type { NpsDone, NpsPrompt, NpsScored } from '../../src/contract/nps-survey';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * The NPS prompt speaks the customer's language, read from their Jira profile as the CES/CSAT
 * panel reads it: the question, the scale's ends, the form after the score, the thanks and the
 * refusals. A language the app has no wording for gets English.
 */
describe('the NPS prompt in the customer language', () => {
  let local: Site;
  let key: string;

  beforeEach(async () => {
    local = await startLocalSite();
    key = local.site.listRequests({ limit: 20, projectKey: 'SD', status: 'open' })[0]!.key;
  });
  afterEach(() => local.close());

  const reporter = () => local.site.request(key)!.reporterId;
  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const call = async <T>(
    accountId: string,
    accountType: string,
    type: string,
    resolverKey: string,
    payload = {},
  ) =>
    (await local.runtime.invokeResolver(
      'resolver',
      { moduleKey: type, accountId, accountType, localId: type, extension: { type } },
      resolverKey,
      payload,
    )) as Envelope<T>;
  const asCustomer = <T>(resolverKey: string, payload = {}) =>
    call<T>(reporter(), 'customer', 'jiraServiceManagement:portalSubheader', resolverKey, payload);
  const setLocale = (locale: string | null) => {
    const data = local.site.snapshot();
    data.users.find((user) => user.accountId === reporter())!.locale = locale;
    local.site.replaceData(data);
  };
  const askNow = async () => {
    const saved = await call<AdminSettings>(admin(), 'licensed', 'jira:adminPage', 'saveSettings', {
      enabledProjects: [],
      nps: { enabledProjects: ['SD'] },
    });
    if (!saved.ok) throw new Error(saved.error.message);
    await local.runtime.deliverProductEvent(local.site.resolve(key));
    await local.runtime.idle();
  };

  it.each([
    {
      locale: 'de_DE',
      prompt: {
        question: 'Wie wahrscheinlich ist es, dass Sie unsere IT-Services einem Kollegen empfehlen?',
        lowLabel: 'Überhaupt nicht wahrscheinlich',
        highLabel: 'Äußerst wahrscheinlich',
        dismissLabel: 'Nicht jetzt',
      },
      form: {
        reasonPrompt: 'Vielen Dank. Was ist der Hauptgrund für Ihre Bewertung? (optional)',
        scoreLegend: 'Bewertung 3 / 10',
        commentLabel: 'Kommentar (optional)',
        sendLabel: 'Senden',
      },
      thanks: 'Vielen Dank für Ihr Feedback.',
      alreadyExplained: 'Ihr Grund wurde bereits gespeichert.',
    },
    {
      locale: 'ja_JP',
      prompt: {
        question: '当社の IT サービスを同僚に勧める可能性はどのくらいありますか?',
        lowLabel: 'まったく勧めない',
        highLabel: '強く勧める',
        dismissLabel: '後で',
      },
      form: {
        reasonPrompt: 'ありがとうございます。このスコアの主な理由は何ですか?(任意)',
        scoreLegend: 'スコア 3 / 10',
        commentLabel: 'コメント(任意)',
        sendLabel: '送信',
      },
      thanks: 'ご意見をお寄せいただきありがとうございます。',
      alreadyExplained: '理由はすでに記録されています。',
    },
    {
      locale: 'pt_BR',
      prompt: {
        question: 'How likely are you to recommend our IT services to a colleague?',
        lowLabel: 'Not at all likely',
        highLabel: 'Extremely likely',
        dismissLabel: 'Not now',
      },
      form: {
        reasonPrompt: 'Thank you. What is the main reason for your score? (optional)',
        scoreLegend: 'Score 3 / 10',
        commentLabel: 'Comment (optional)',
        sendLabel: 'Send',
      },
      thanks: 'Thank you for your feedback.',
      alreadyExplained: 'Your reason was already recorded.',
    },
  ])('a $locale customer reads the prompt, the form and the refusals in their language', async (expected) => {
    setLocale(expected.locale);
    await askNow();
    expect(await asCustomer<NpsPrompt>('getNpsPrompt')).toEqual({
      ok: true,
      data: { ask: true, ...expected.prompt },
    });
    const scored = await asCustomer<NpsScored>('answerNps', { score: 3 });
    expect(scored).toMatchObject({ ok: true, data: { score: 3, band: 'detractor', ...expected.form } });
    expect(await asCustomer<NpsDone>('explainNps', {})).toEqual({
      ok: true,
      data: { thanks: expected.thanks },
    });
    expect(await asCustomer('explainNps', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expected.alreadyExplained },
    });
  });

  it('says "not now" is taken in the customer language', async () => {
    setLocale('de_DE');
    await askNow();
    await asCustomer('getNpsPrompt');
    expect(await asCustomer<NpsDone>('dismissNps')).toEqual({
      ok: true,
      data: { thanks: 'Wir fragen Sie eine Weile nicht mehr.' },
    });
    expect(await asCustomer('answerNps', { score: 5 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Sie haben diese Frage bereits beantwortet.' },
    });
  });
});
