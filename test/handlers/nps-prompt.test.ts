import type { AdminSettings } from '../../src/contract/survey';
import type { Envelope } from '../../src/contract/envelope';
import type { NpsFollowUpList, NpsFollowUpView, NpsPrompt, NpsScored } from '../../src/contract/nps-survey';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * The relationship survey end to end on the local runtime: a resolution makes its reporter due,
 * the portal's subheader asks once per cycle, the answer becomes figures' facts, a detractor
 * opens a follow-up a team lead works through; every bad input is refused with nothing stored.
 */
describe('NPS in the portal', () => {
  let local: Site;
  let key: string;

  beforeEach(async () => {
    local = await startLocalSite();
    key = local.site.listRequests({ limit: 20, projectKey: 'SD', status: 'open' })[0]!.key;
  });
  afterEach(() => local.close());

  const request = () => local.site.request(key)!;
  const reporter = () => request().reporterId;
  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const lead = () =>
    local.site.agents().find((agent) => agent.serviceDeskIds?.includes(request().serviceDeskId))!.accountId;

  const call = async <T>(
    moduleKey: string,
    accountId: string,
    accountType: string,
    extension: Record<string, unknown>,
    resolverKey: string,
    payload: unknown = {},
  ) =>
    (await local.runtime.invokeResolver(
      'resolver',
      { moduleKey, accountId, accountType, localId: moduleKey, extension },
      resolverKey,
      payload,
    )) as Envelope<T>;
  const asCustomer = <T>(accountId: string, resolverKey: string, payload: unknown = {}) =>
    call<T>(
      'cx-portal-nps',
      accountId,
      'customer',
      { type: 'jiraServiceManagement:portalSubheader' },
      resolverKey,
      payload,
    );
  const asAdmin = <T>(resolverKey: string, payload: unknown = {}) =>
    call<T>('cx-admin', admin(), 'licensed', { type: 'jira:adminPage' }, resolverKey, payload);
  const asLead = <T>(resolverKey: string, payload: unknown = {}) =>
    call<T>('cx-report', lead(), 'licensed', { type: 'jira:dashboardGadget' }, resolverKey, payload);

  const advance = async (seconds: number) => {
    await local.clock.advance(seconds);
    await local.runtime.idle();
  };
  const switchOn = async (nps: Record<string, unknown> = {}) => {
    const saved = await asAdmin<AdminSettings>('saveSettings', {
      enabledProjects: [],
      nps: { enabledProjects: ['SD'], ...nps },
    });
    if (!saved.ok) throw new Error(saved.error.message);
  };
  const resolveRequest = async () => {
    await local.runtime.deliverProductEvent(local.site.resolve(key));
    await local.runtime.idle();
  };

  it('asks a customer whose request was just resolved, once per cycle', async () => {
    await switchOn();
    await resolveRequest();
    expect(await asCustomer<NpsPrompt>(reporter(), 'getNpsPrompt')).toMatchObject({
      ok: true,
      data: { ask: true },
    });
    // Another page of the portal: the same open prompt.
    expect(await asCustomer<NpsPrompt>(reporter(), 'getNpsPrompt')).toMatchObject({
      ok: true,
      data: { ask: true },
    });
    const scored = await asCustomer<NpsScored>(reporter(), 'answerNps', { score: 9 });
    expect(scored).toMatchObject({ ok: true, data: { score: 9, band: 'promoter' } });
    expect(await asCustomer<NpsPrompt>(reporter(), 'getNpsPrompt')).toEqual({
      ok: true,
      data: { ask: false },
    });
    await advance(30 * 86_400); // a month later: still this cycle
    expect(await asCustomer<NpsPrompt>(reporter(), 'getNpsPrompt')).toEqual({
      ok: true,
      data: { ask: false },
    });
  });

  it('does not ask while NPS is off, nor someone without a resolved request', async () => {
    await resolveRequest();
    expect(await asCustomer<NpsPrompt>(reporter(), 'getNpsPrompt')).toEqual({
      ok: true,
      data: { ask: false },
    });
    await switchOn();
    const stranger = local.site.customers().find((customer) => customer.accountId !== reporter())!.accountId;
    expect(await asCustomer<NpsPrompt>(stranger, 'getNpsPrompt')).toEqual({ ok: true, data: { ask: false } });
  });

  it('stores one answer when two tabs answer at the same moment', async () => {
    await switchOn();
    await resolveRequest();
    await asCustomer(reporter(), 'getNpsPrompt');
    const answers = await Promise.all([
      asCustomer<NpsScored>(reporter(), 'answerNps', { score: 2 }),
      asCustomer<NpsScored>(reporter(), 'answerNps', { score: 10 }),
    ]);
    expect(answers.map((answer) => (answer.ok ? 'stored' : answer.error.code)).sort()).toEqual([
      'CONFLICT',
      'stored',
    ]);
    const list = await asLead<NpsFollowUpList>('getNpsFollowUps');
    if (!list.ok) throw new Error(list.error.message);
    const detractorStored = answers[0]!.ok;
    expect(list.data.items).toHaveLength(detractorStored ? 1 : 0);
  });

  it('refuses bad input and an answer for someone else, storing nothing', async () => {
    await switchOn();
    await resolveRequest();
    await asCustomer(reporter(), 'getNpsPrompt');
    const refusals = await Promise.all(
      [
        { score: 11 },
        { score: -1 },
        { score: '3' },
        { score: 4.5 },
        {},
        { score: 3, accountId: 'someone-else' },
      ].map((payload) => asCustomer(reporter(), 'answerNps', payload)),
    );
    expect(refusals.map((refusal) => (refusal.ok ? 'stored' : refusal.error.code))).toEqual(
      Array(6).fill('INVALID_INPUT'),
    );
    expect(refusals[5]).toMatchObject({
      ok: false,
      error: { fields: [{ field: '', message: 'Unexpected field: "accountId". A score has only "score".' }] },
    });
    // Still open: nothing was stored.
    expect(await asCustomer<NpsPrompt>(reporter(), 'getNpsPrompt')).toMatchObject({ data: { ask: true } });
    const scored = await asCustomer<NpsScored>(reporter(), 'answerNps', { score: 3 });
    expect(scored.ok).toBe(true);
    const huge = await asCustomer(reporter(), 'explainNps', {
      reason: 'Too slow',
      comment: 'x'.repeat(2001),
    });
    expect(huge).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: [{ field: 'comment', message: 'The comment must be at most 2,000 characters long.' }],
      },
    });
    const unknownReason = await asCustomer(reporter(), 'explainNps', { reason: 'Because' });
    expect(unknownReason).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const list = await asLead<NpsFollowUpList>('getNpsFollowUps');
    expect(list).toMatchObject({ ok: true, data: { items: [{ reason: null, comment: null }] } });
  });

  it('refuses an anonymous visitor', async () => {
    await switchOn();
    const anonymous = await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-portal-nps',
        accountId: '',
        accountType: 'anonymous',
        localId: 'nps',
        extension: { type: 'jiraServiceManagement:portalSubheader' },
      },
      'getNpsPrompt',
      {},
    );
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('turns a detractor answer into a follow-up a team lead works through, keeping its history', async () => {
    await switchOn();
    await resolveRequest();
    await asCustomer(reporter(), 'getNpsPrompt');
    expect(await asCustomer<NpsScored>(reporter(), 'answerNps', { score: 3 })).toMatchObject({
      ok: true,
      data: {
        band: 'detractor',
        reasons: ['Too slow', 'Problem not solved', 'Hard to reach', 'Unfriendly', 'Too many steps'],
      },
    });
    expect(
      await asCustomer(reporter(), 'explainNps', { reason: 'Too slow', comment: 'A week for a password.' }),
    ).toMatchObject({
      ok: true,
    });
    const list = await asLead<NpsFollowUpList>('getNpsFollowUps');
    if (!list.ok) throw new Error(list.error.message);
    expect(list.data).toMatchObject({
      open: 1,
      items: [
        {
          accountId: reporter(),
          score: 3,
          band: 'detractor',
          reason: 'Too slow',
          comment: 'A week for a password.',
          projectKey: 'SD',
          requestKey: key,
          state: 'open',
        },
      ],
    });
    const id = list.data.items[0]!.id;
    const contacted = await asLead<NpsFollowUpView>('changeNpsFollowUp', { id, state: 'contacted' });
    expect(contacted).toMatchObject({ ok: true, data: { state: 'contacted', changedBy: lead() } });
    expect(await asLead('changeNpsFollowUp', { id, state: 'contacted' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await asLead('changeNpsFollowUp', { id, state: 'done' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    // A customer cannot see or change follow-ups.
    expect(await asCustomer(reporter(), 'getNpsFollowUps')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await asCustomer(reporter(), 'changeNpsFollowUp', { id, state: 'closed' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const closed = await asLead<NpsFollowUpView>('changeNpsFollowUp', { id, state: 'closed' });
    if (!closed.ok) throw new Error(closed.error.message);
    expect(closed.data.history.map((entry) => entry.change)).toEqual([
      'opened',
      'explained',
      'state',
      'state',
    ]);
  });

  it('leaves no trace of a closed account in its follow-ups, and keeps the figures', async () => {
    await switchOn();
    await resolveRequest();
    await asCustomer(reporter(), 'getNpsPrompt');
    await asCustomer(reporter(), 'answerNps', { score: 2 });
    const closed = reporter();
    local.runtime.closedAccounts.add(closed);
    await advance(7 * 86_400);
    await local.kvs.flush();
    expect(readFileSync(join(local.dataDir, 'kvs.json'), 'utf8')).not.toContain(closed);
    const list = await asLead<NpsFollowUpList>('getNpsFollowUps');
    expect(list).toMatchObject({ ok: true, data: { items: [{ score: 2, band: 'detractor' }] } });
    if (list.ok) expect(list.data.items[0]!.accountId).not.toBe(closed);
  }, 60_000);

  it('counts a dismissal as asked: no prompt until the next cycle', async () => {
    await switchOn();
    await resolveRequest();
    await asCustomer(reporter(), 'getNpsPrompt');
    expect(await asCustomer(reporter(), 'dismissNps')).toMatchObject({ ok: true });
    expect(await asCustomer<NpsPrompt>(reporter(), 'getNpsPrompt')).toEqual({
      ok: true,
      data: { ask: false },
    });
    expect(await asCustomer(reporter(), 'answerNps', { score: 5 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
