import type { Envelope } from '../../../src/contract/envelope';
import type { GadgetConfiguration, Scorecard } from '../../../src/contract/gadgets';
import { demoRecords, sendDemoProbes } from '../../../src/local/monitoring/demo-prober';
import { startLocalSite } from '../../support/local-site';

describe('the demo prober', () => {
  it('probes three services every 10 minutes, with an Email outage and a slow VPN period', () => {
    const records = demoRecords(new Date('2026-03-02T09:00:00Z'), ['c1', 'c2'], 14) as Array<{
      type: string;
      service?: string;
      up?: boolean;
      responseMs?: number | null;
      thresholdMs?: number;
    }>;
    const samples = records.filter((record) => record.type === 'availability');
    expect(samples).toHaveLength(3 * 6 * 24 * 14);
    const email = samples.filter((sample) => sample.service === 'Email');
    // 90 minutes down: 9 probes, plus the rare stray timeout.
    expect(email.filter((sample) => !sample.up).length).toBeGreaterThanOrEqual(9);
    const vpnSlow = samples.filter(
      (sample) => sample.service === 'VPN' && sample.up && sample.responseMs! > sample.thresholdMs!,
    );
    expect(vpnSlow.length).toBeGreaterThanOrEqual(36);
    expect(records.filter((record) => record.type === 'selfservice').length).toBeGreaterThan(100);
  });

  it('sends them through the ingest endpoint, so the scorecard shows each service', async () => {
    const local = await startLocalSite();
    try {
      const customers = local.site.customers().map((customer) => customer.accountId);
      const sent = await sendDemoProbes(local.runtime, local.clock.date(), customers);
      expect(sent.samples).toBe(3 * 6 * 24 * 14);
      await local.clock.advance(60);
      await local.runtime.idle();
      const admin = local.site.agents().find((agent) => agent.admin)!.accountId;
      const config: Partial<GadgetConfiguration> = {
        period: { from: '2026-02-16', to: '2026-03-02' },
        timeZone: 'UTC',
        metrics: ['availability', 'selfService'],
      };
      const card = (await local.runtime.invokeResolver(
        'resolver',
        {
          moduleKey: 'cx-scorecard',
          accountId: admin,
          accountType: 'licensed',
          localId: 'card',
          extension: { type: 'jira:dashboardGadget', gadgetConfiguration: config },
        },
        'getScorecard',
        {},
      )) as Envelope<Scorecard>;
      if (!card.ok) throw new Error(card.error.message);
      const [availability, selfService] = card.data.tiles;
      expect(availability!.detail).toMatch(/^Email: .*; Service portal: .*; VPN: .*\(gap [1-9]/);
      expect(availability!.value).toBeGreaterThan(90);
      expect(availability!.value).toBeLessThan(100);
      expect(selfService!.n).toBeGreaterThan(100);
    } finally {
      await local.close();
    }
  }, 60_000);
});
