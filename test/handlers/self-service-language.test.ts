import type { Envelope } from '../../src/contract/envelope';
import type { SelfServicePrompt } from '../../src/contract/self-service-prompt';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * "Did you find what you needed?" speaks the customer's language, read from their Jira profile as
 * the CES/CSAT panel reads it; a language the app has no wording for gets English.
 */
describe('the self-service question in the customer language', () => {
  let local: Site;
  beforeEach(async () => {
    local = await startLocalSite();
  });
  afterEach(() => local.close());

  const customer = () => local.site.users().find((user) => user.accountType === 'customer')!.accountId;
  const footer = <T>(key: string, payload: unknown = {}) =>
    local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-portal-self-service',
        accountId: customer(),
        accountType: 'customer',
        localId: 'footer',
        extension: { type: 'jiraServiceManagement:portalFooter' },
      },
      key,
      payload,
    ) as Promise<Envelope<T>>;
  const setLocale = (locale: string | null) => {
    const data = local.site.snapshot();
    data.users.find((user) => user.accountId === customer())!.locale = locale;
    local.site.replaceData(data);
  };

  it.each([
    {
      locale: 'de_DE',
      words: {
        question: 'Haben Sie gefunden, was Sie gesucht haben?',
        yes: 'Ja',
        no: 'Nein',
        dismiss: 'Schließen',
      },
      thanks: 'Vielen Dank.',
    },
    {
      locale: 'ja_JP',
      words: { question: '必要な情報は見つかりましたか?', yes: 'はい', no: 'いいえ', dismiss: '閉じる' },
      thanks: 'ありがとうございました。',
    },
    {
      locale: 'pt_BR',
      words: { question: 'Did you find what you needed?', yes: 'Yes', no: 'No', dismiss: 'Close' },
      thanks: 'Thank you.',
    },
  ])('a $locale customer is asked and thanked in their language', async ({ locale, words, thanks }) => {
    setLocale(locale);
    const opened = await footer<SelfServicePrompt>('openSelfService');
    if (!opened.ok || !opened.data.ask) throw new Error('The question was not asked.');
    expect(opened.data).toEqual({ ask: true, sessionId: opened.data.sessionId, ...words });
    expect(await footer('answerSelfService', { sessionId: opened.data.sessionId, answer: 'yes' })).toEqual({
      ok: true,
      data: { thanks },
    });
  });
});
