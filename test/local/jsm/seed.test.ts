import { JsmSite, SITE_SEED_RATES, type SeedTruth } from '../../../src/local/jsm';

const NOW = new Date('2025-06-02T12:00:00.000Z');

function seeded(seed: number): { site: JsmSite; truth: SeedTruth } {
  const site = new JsmSite({ now: () => NOW });
  return { site, truth: site.seed({ seed, months: 6, now: NOW }) };
}

const share = (part: number, whole: number) => part / whole;

describe('seed', () => {
  // One seeded site shared by the distribution checks: seeding is the expensive part.
  const { site, truth } = seeded(7);
  const resolved = truth.tickets.filter((ticket) => ticket.resolvedAt !== undefined);
  const responded = truth.tickets.filter((ticket) => ticket.firstResponseBy !== undefined);

  it('is deterministic: the same seed gives the same truth and the same site', () => {
    const again = seeded(7);
    // Compared as JSON: a deep structural diff of thousands of tickets is needlessly slow.
    expect(JSON.stringify(again.truth)).toBe(JSON.stringify(truth));
    expect(JSON.stringify(again.site.snapshot())).toBe(JSON.stringify(site.snapshot()));
    expect(seeded(8).truth.tickets).not.toEqual(truth.tickets);
  });

  it('seeds six months of ~40 requests a day well within a second or two', () => {
    const started = performance.now();
    seeded(99);
    expect(performance.now() - started).toBeLessThan(2000);
    const days = (NOW.getTime() - Date.parse(truth.from)) / 86_400_000;
    expect(truth.tickets.length / days).toBeGreaterThan(32);
    expect(truth.tickets.length / days).toBeLessThan(48);
  });

  it('builds two desks, agents in several teams and customers in several organizations and locales', () => {
    expect(site.serviceDesks().map((desk) => desk.key)).toEqual(['SD', 'HR']);
    const agents = site.agents();
    expect(agents.length).toBeGreaterThanOrEqual(20);
    expect(new Set(agents.map((agent) => agent.team)).size).toBeGreaterThanOrEqual(4);
    const customers = site.customers();
    expect(customers.length).toBeGreaterThanOrEqual(200);
    expect(new Set(customers.map((customer) => customer.organizationId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(customers.map((customer) => customer.locale?.slice(0, 2)))).toEqual(
      new Set(['en', 'de', 'fr', 'es', 'ja']),
    );
    for (const desk of site.serviceDesks()) {
      const kinds = new Set(site.requestTypes(desk.serviceDeskId).map((type) => type.kind));
      expect(kinds).toEqual(new Set(['incident', 'request']));
    }
  });

  it('has plausible shares of automated first responses, reopens, follow-ups and feedback', () => {
    const automated = share(
      responded.filter((t) => t.firstResponseBy === 'automation').length,
      responded.length,
    );
    expect(automated).toBeGreaterThan(SITE_SEED_RATES.automatedFirstResponse - 0.05);
    expect(automated).toBeLessThan(SITE_SEED_RATES.automatedFirstResponse + 0.05);
    const reopened = share(resolved.filter((t) => t.reopenedAt.length > 0).length, resolved.length);
    expect(reopened).toBeGreaterThan(0.05);
    expect(reopened).toBeLessThan(0.11);
    const followedUp = share(resolved.filter((t) => t.followUpAt.length > 0).length, resolved.length);
    expect(followedUp).toBeGreaterThan(0.12);
    expect(followedUp).toBeLessThan(0.24);
    expect(share(truth.responses.length, resolved.length)).toBeGreaterThan(0.25);
    expect(share(truth.responses.length, resolved.length)).toBeLessThan(0.45);
    for (const response of truth.responses) expect(response.score).toBeGreaterThanOrEqual(1);
  });

  it('shapes arrivals by weekday and hour', () => {
    const byWeekday = [0, 0, 0, 0, 0, 0, 0];
    let officeHours = 0;
    for (const ticket of truth.tickets) {
      const created = new Date(ticket.createdAt);
      byWeekday[created.getUTCDay()] = (byWeekday[created.getUTCDay()] ?? 0) + 1;
      if (created.getUTCHours() >= 7 && created.getUTCHours() < 18) officeHours += 1;
    }
    const weekend = (byWeekday[0] ?? 0) + (byWeekday[6] ?? 0);
    expect(share(weekend, truth.tickets.length)).toBeLessThan(0.1);
    expect(share(officeHours, truth.tickets.length)).toBeGreaterThan(0.75);
  });

  it('keeps truth consistent with the site it describes', () => {
    for (const ticket of truth.tickets.filter((_, index) => index % 50 === 0)) {
      const request = site.request(ticket.key);
      expect(request?.issueId).toBe(ticket.id);
      expect(request?.created).toBe(ticket.createdAt);
      const firstResolution = request?.histories.find((history) =>
        history.items.some((item) => item.fieldId === 'resolution' && item.to !== null),
      );
      expect(firstResolution?.created).toBe(ticket.resolvedAt);
      const reopens = request?.histories
        .filter((history) => history.items.some((item) => item.fieldId === 'resolution' && item.to === null))
        .map((history) => history.created);
      expect(reopens).toEqual(ticket.reopenedAt);
      const firstPublicByOther = request?.comments.find((c) => c.public && c.authorId !== ticket.reporter);
      expect(firstPublicByOther?.created).toBe(ticket.firstResponseAt);
      const logged = request?.worklogs.reduce((sum, worklog) => sum + worklog.timeSpentSeconds, 0) ?? 0;
      expect(logged > 0 ? logged : undefined).toBe(ticket.handleSeconds);
    }
  });

  it('records follow-ups within seven days of resolution and nothing after now', () => {
    for (const ticket of truth.tickets) {
      for (const at of [
        ...ticket.followUpAt,
        ...ticket.reopenedAt,
        ticket.resolvedAt,
        ticket.firstResponseAt,
      ]) {
        if (at !== undefined) expect(Date.parse(at)).toBeLessThanOrEqual(NOW.getTime());
      }
      if (ticket.followUpAt.length > 0 && ticket.resolvedAt) {
        const first = Date.parse(ticket.followUpAt[0] ?? '');
        expect(first - Date.parse(ticket.resolvedAt)).toBeLessThanOrEqual(7 * 86_400_000);
        expect(first).toBeGreaterThan(Date.parse(ticket.resolvedAt));
      }
    }
  });

  it('leaves the demo requests open', () => {
    expect(truth.demoKeys.length).toBeGreaterThanOrEqual(3);
    for (const key of truth.demoKeys) {
      expect(site.request(key)?.resolution).toBeNull();
      expect(truth.tickets.find((ticket) => ticket.key === key)?.resolvedAt).toBeUndefined();
    }
    expect(() => site.resolve(truth.demoKeys[0] ?? '')).not.toThrow();
  });
});
