import type { Envelope } from '../../src/contract/envelope';
import type { BackfillStatus } from '../../src/contract/backfill';
import type { Scorecard } from '../../src/contract/gadgets';
import { reportFromRecords } from '../../src/domain/report/report';
import { parseRecord } from '../../src/domain/records/canonical';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * Live capture and the history import against the seed's ground truth: the site's past
 * resolutions are replayed to the app as live events, then an import covers the same requests
 * again. FCR, MTTA, TTV and AHT equal the calculator over the truth both times, so the overlap
 * counts nothing twice.
 */
describe('process metrics against ground truth: live, then overlapping import', () => {
  let local: Site;

  beforeAll(async () => {
    local = await startLocalSite({ months: 1, replayHistory: true });
    await local.clock.advance(120);
    await local.runtime.idle();
  }, 120_000);
  afterAll(() => local.close());

  const admin = () => local.site.agents().find((agent) => agent.admin)!.accountId;
  const from = '2026-02-05';
  const to = '2026-02-25';

  async function figures() {
    const answer = (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-scorecard',
        accountId: admin(),
        accountType: 'licensed',
        localId: `s-${local.clock.now()}`,
        extension: {
          type: 'jira:dashboardGadget',
          gadgetConfiguration: {
            period: { from, to },
            metrics: ['fcr', 'mtta', 'mttaHuman', 'mttaAutomated', 'ttv', 'aht'],
            targets: { aht: local.clock.now() % 1000 },
          },
        },
      },
      'getScorecard',
      {},
    )) as Envelope<Scorecard>;
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data.tiles.map((tile) => [tile.metric, tile.value, tile.n]);
  }

  function expected() {
    const records = local.seedTruth!.tickets.map((ticket) => {
      const parsed = parseRecord(ticket);
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.record;
    });
    const metrics = reportFromRecords(records, {
      asOf: local.clock.now(),
      from: Date.parse(`${from}T00:00:00Z`),
      to: Date.parse('2026-02-26T00:00:00Z'),
    }).metrics;
    return [
      ['fcr', metrics.fcr.value, metrics.fcr.n],
      ['mtta', metrics.mtta.overall.meanSeconds, metrics.mtta.overall.n],
      // The seed's Jira Automation account (an app account) acknowledges some requests first.
      ['mttaHuman', metrics.mtta.human.meanSeconds, metrics.mtta.human.n],
      ['mttaAutomated', metrics.mtta.automated.meanSeconds, metrics.mtta.automated.n],
      ['ttv', metrics.ttv.meanSeconds, metrics.ttv.n],
      ['aht', metrics.aht.meanSeconds, metrics.aht.n],
    ];
  }

  it('live capture of the replayed resolutions gives the ground truth for resolved tickets', async () => {
    const live = await figures();
    const truth = expected();
    // FCR, TTV and AHT are placed by resolution, which every replayed event carries.
    const notMtta = ([metric]: unknown[]) => !String(metric).startsWith('mtta');
    expect(live.filter(notMtta)).toEqual(truth.filter(notMtta));
    expect(live.find(([metric]) => metric === 'fcr')![2]).toBeGreaterThan(100);
  });

  it('an import over the same months adds the unresolved tickets and counts nothing twice', async () => {
    const started = (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-admin',
        accountId: admin(),
        accountType: 'licensed',
        localId: 'a',
        extension: { type: 'jira:adminPage' },
      },
      'startBackfill',
      { months: 2 },
    )) as Envelope<BackfillStatus>;
    if (!started.ok) throw new Error(started.error.message);
    await local.clock.advance(300);
    await local.runtime.idle();
    await local.clock.advance(120); // past the gadget cache's five minutes, too
    await local.runtime.idle();
    const imported = await figures();
    expect(imported).toEqual(expected());
    expect(imported.find(([metric]) => metric === 'mttaAutomated')![2]).toBeGreaterThan(20);
    expect(imported.find(([metric]) => metric === 'mttaHuman')![2]).toBeGreaterThan(100);
  }, 120_000);
});
