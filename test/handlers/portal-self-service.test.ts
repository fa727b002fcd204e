import { KvsAggregateStore } from '../../src/adapters/forge/kvs-aggregate-store';
import type { Envelope } from '../../src/contract/envelope';
import type { SelfServicePrompt } from '../../src/contract/self-service-prompt';
import { INGEST_PROJECT } from '../../src/domain/ingest/ingest-facts';
import { selfServiceWords } from '../../src/domain/ingest/self-service-words';
import { DEFAULT_SETTINGS } from '../../src/domain/metrics/settings';
import { computeMetrics } from '../../src/domain/report/metrics';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * The portal's "Did you find what you needed?": a signed-in customer's visit is a self-service
 * session; Yes completes it, No abandons it, Close leaves it undecided; anonymous visitors are
 * never tracked; a request raised within 24 hours makes a completed session fail.
 */
describe('self-service sessions in the portal', () => {
  let local: Site;
  beforeEach(async () => {
    local = await startLocalSite();
  });
  afterEach(() => local.close());

  const footer = <T>(accountId: string | null, key: string, payload: unknown = {}) =>
    local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-portal-self-service',
        accountId: accountId ?? '',
        accountType: accountId ? 'customer' : 'anonymous',
        localId: 'footer',
        extension: { type: 'jiraServiceManagement:portalFooter' },
      },
      key,
      payload,
    ) as Promise<Envelope<T>>;
  const customers = () => local.site.users().filter((user) => user.accountType === 'customer');
  const open = async (accountId: string) => {
    const answer = await footer<SelfServicePrompt>(accountId, 'openSelfService');
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data;
  };
  const figures = async () => {
    await local.clock.advance(60);
    await local.runtime.idle();
    const [day] = await new KvsAggregateStore().read(
      [{ projectKey: INGEST_PROJECT, period: '2026-03-02' }],
      'totals',
    );
    if (!day) return null;
    return computeMetrics(Object.values(day.types)[0]!.total, {
      asOf: local.clock.now(),
      settings: DEFAULT_SETTINGS,
    }).selfService;
  };

  it('Yes completes the session, No abandons it, one session per visit', async () => {
    const [yes, no] = customers();
    const first = await open(yes!.accountId);
    // The seed's customers speak several languages; each is asked in their own.
    expect(first).toMatchObject({ ask: true, question: selfServiceWords(yes!.locale).question });
    // A second page of the same visit continues the session.
    const again = await open(yes!.accountId);
    expect(again).toMatchObject({ ask: true, sessionId: (first as { sessionId: string }).sessionId });
    const session = (first as { sessionId: string }).sessionId;
    expect(await footer(yes!.accountId, 'answerSelfService', { sessionId: session, answer: 'yes' })).toEqual({
      ok: true,
      data: { thanks: selfServiceWords(yes!.locale).thanks },
    });
    const other = (await open(no!.accountId)) as { sessionId: string };
    await footer(no!.accountId, 'answerSelfService', { sessionId: other.sessionId, answer: 'no' });
    // The completed session is pending for 24 hours; the abandoned one is decided at once.
    expect(await figures()).toEqual({ value: 0, n: 1, abandonmentRate: 100, pending: 1 });
    await local.clock.advance(24 * 3600);
    expect(await figures()).toEqual({ value: 50, n: 2, abandonmentRate: 50, pending: 0 });
  });

  it('never tracks an anonymous visitor, and refuses an answer from one', async () => {
    expect(await footer(null, 'openSelfService')).toEqual({ ok: true, data: { ask: false } });
    expect(await footer(null, 'answerSelfService', { sessionId: 'x', answer: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await figures()).toBeNull();
  });

  it('Close stops asking in this visit and decides nothing; an answer to an ended visit is refused', async () => {
    const [customer] = customers();
    const { sessionId } = (await open(customer!.accountId)) as { sessionId: string };
    await footer(customer!.accountId, 'answerSelfService', { sessionId, answer: 'dismiss' });
    expect(await open(customer!.accountId)).toEqual({ ask: false });
    await local.clock.advance(31 * 60);
    expect(
      await footer(customer!.accountId, 'answerSelfService', { sessionId, answer: 'yes' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    // A new visit starts a new session, and the unanswered one counts as unknown: not at all.
    expect(await open(customer!.accountId)).toMatchObject({ ask: true });
    expect(await figures()).toBeNull();
  });

  it('refuses an answer that is not Yes, No or Close, storing nothing', async () => {
    const [customer] = customers();
    const { sessionId } = (await open(customer!.accountId)) as { sessionId: string };
    expect(
      await footer(customer!.accountId, 'answerSelfService', { sessionId, answer: 'maybe' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await figures()).toBeNull();
  });
});
