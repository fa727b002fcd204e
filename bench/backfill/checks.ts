import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Envelope } from '../../src/contract/envelope';
import type { Scorecard } from '../../src/contract/gadgets';
import type { SeedTruth } from '../../src/local/jsm';
import type { LocalSite } from '../../src/local/server/compose';
import { parseRecord, type CanonicalRecord } from '../../src/domain/records/canonical';
import { reportFromRecords } from '../../src/domain/report/report';

const DAY = 86_400_000;

export interface StoredTickets {
  stored: number;
  /** Seeded requests with no stored ticket. */
  missing: number;
  /** Stored tickets that are no seeded request. */
  unknown: number;
}

/**
 * Counts the app's stored `ticket` entities. The SDK can only query them through an index, and the
 * indexes hold a subset (e.g. only tickets with a next action), so the count comes from the local
 * store's data file, written in full by `flush()`.
 */
export async function storedTickets(
  local: LocalSite,
  dataDir: string,
  truth: SeedTruth,
): Promise<StoredTickets> {
  await local.kvs.flush();
  const file = JSON.parse(readFileSync(join(dataDir, 'kvs.json'), 'utf8')) as {
    spaces: Record<string, Record<string, unknown>>;
  };
  const keys = new Set(Object.keys(file.spaces['entity:ticket'] ?? {}));
  const seeded = new Set(truth.tickets.map((ticket) => ticket.id));
  let missing = 0;
  for (const id of seeded) if (!keys.has(id)) missing += 1;
  let unknown = 0;
  for (const key of keys) if (!seeded.has(key)) unknown += 1;
  return { stored: keys.size, missing, unknown };
}

export interface Figure {
  metric: string;
  app: { value: number | null; n: number };
  calculator: { value: number | null; n: number };
  equal: boolean;
}

/**
 * The scorecard gadget's FCR and MTTA (with TTV and AHT alongside) over the last 30 whole days,
 * beside the calculator over the seed's own ticket records for the same days.
 */
export async function scorecardAgainstTruth(
  local: LocalSite,
  accountId: string,
  truth: SeedTruth,
): Promise<{ from: string; to: string; figures: Figure[] }> {
  const today = Math.floor(local.clock.now() / DAY) * DAY;
  const from = new Date(today - 30 * DAY).toISOString().slice(0, 10);
  const to = new Date(today - DAY).toISOString().slice(0, 10);
  const answer = (await local.runtime.invokeResolver(
    'resolver',
    {
      moduleKey: 'cx-scorecard',
      accountId,
      accountType: 'licensed',
      localId: `bench-${local.clock.now()}`,
      extension: {
        type: 'jira:dashboardGadget',
        gadgetConfiguration: { period: { from, to }, metrics: ['fcr', 'mtta', 'ttv', 'aht'] },
      },
    },
    'getScorecard',
    {},
  )) as Envelope<Scorecard>;
  if (!answer.ok) throw new Error(`getScorecard: ${answer.error.message}`);

  const records: CanonicalRecord[] = truth.tickets.map((ticket) => {
    const parsed = parseRecord(ticket);
    if (!parsed.ok) throw new Error(`seed truth ${ticket.key}: ${parsed.reason}`);
    return parsed.record;
  });
  const { metrics } = reportFromRecords(records, {
    asOf: local.clock.now(),
    from: today - 30 * DAY,
    to: today,
  });
  const expected: Record<string, { value: number | null; n: number }> = {
    fcr: { value: metrics.fcr.value, n: metrics.fcr.n },
    mtta: { value: metrics.mtta.overall.meanSeconds, n: metrics.mtta.overall.n },
    ttv: { value: metrics.ttv.meanSeconds, n: metrics.ttv.n },
    aht: { value: metrics.aht.meanSeconds, n: metrics.aht.n },
  };
  const figures = Object.entries(expected).map(([metric, calculator]) => {
    const tile = answer.data.tiles.find((candidate) => candidate.metric === metric);
    const app = { value: tile?.value ?? null, n: tile?.n ?? 0 };
    return {
      metric,
      app,
      calculator,
      equal: tile !== undefined && app.value === calculator.value && app.n === calculator.n,
    };
  });
  return { from, to, figures };
}
