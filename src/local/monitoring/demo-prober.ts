import { KvsIngestSecrets } from '../../adapters/forge/kvs-ingest-secret';
import { INGEST_LIMITS } from '../../domain/ingest/ingest-limits';
import { Random } from '../jsm/seed/prng';
import type { LocalForge } from '../platform/runtime';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The demo's services: how fast each answers normally, and the threshold its users accept. */
export const DEMO_SERVICES = [
  { service: 'Email', typicalMs: 420, thresholdMs: 2000 },
  { service: 'VPN', typicalMs: 650, thresholdMs: 2000 },
  { service: 'Service portal', typicalMs: 900, thresholdMs: 3000 },
] as const;

/**
 * A synthetic prober for the demo: every 10 minutes over the last `days` days it "requests" each
 * demo service as a user would, with a 90-minute Email outage three days ago and a six-hour slow
 * period on the VPN five days ago (up, but answering past its threshold), plus self-service
 * sessions of the site's customers as a chat bot would report them. Everything goes through the
 * real ingest web trigger, with a secret made for it, in batches the endpoint takes.
 */
export function demoRecords(now: Date, customers: readonly string[], days = 14, seed = 42): object[] {
  const random = new Random(seed);
  const end = Math.floor(now.getTime() / (10 * MINUTE)) * 10 * MINUTE;
  const start = end - days * DAY;
  const outage = { from: end - 3 * DAY + 10 * HOUR, to: end - 3 * DAY + 11.5 * HOUR };
  const slow = { from: end - 5 * DAY + 9 * HOUR, to: end - 5 * DAY + 15 * HOUR };
  const records: object[] = [];
  for (let at = start; at < end; at += 10 * MINUTE) {
    for (const { service, typicalMs, thresholdMs } of DEMO_SERVICES) {
      const down = service === 'Email' && at >= outage.from && at < outage.to;
      const slowNow = service === 'VPN' && at >= slow.from && at < slow.to;
      // A rare stray timeout on any service, as real probes see.
      const stray = random.next() < 0.002;
      const responseMs = slowNow
        ? 2200 + Math.round(random.next() * 2600)
        : Math.round(typicalMs * (0.6 + random.next() * 0.9) * (random.next() < 0.01 ? 4 : 1));
      records.push({
        type: 'availability',
        id: `demo-${service}-${at}`,
        service,
        at: new Date(at).toISOString(),
        up: !down && !stray,
        responseMs: down || stray ? null : responseMs,
        thresholdMs,
      });
    }
  }
  // About a dozen chat-bot sessions a day; three in four end with the customer helped.
  for (let at = start; at < end; at += 2 * HOUR) {
    if (customers.length === 0 || random.next() < 0.1) continue;
    const user = customers[random.int(0, customers.length - 1)]!;
    records.push({
      type: 'selfservice',
      id: `demo-bot-${at}`,
      user,
      startedAt: new Date(at + random.int(0, 100) * MINUTE).toISOString(),
      completed: random.next() < 0.75,
    });
  }
  return records;
}

/** Sends the demo's records through the ingest endpoint; answers how many went in. */
export async function sendDemoProbes(
  runtime: LocalForge,
  now: Date,
  customers: readonly string[],
): Promise<{ samples: number; sessions: number }> {
  const secret = (await new KvsIngestSecrets().rotate()).secret;
  const id = new URL(runtime.webTriggers.urlOf('records-ingest')!).pathname.split('/')[2]!;
  const records = demoRecords(now, customers);
  for (let start = 0; start < records.length; start += INGEST_LIMITS.maxRecords) {
    const body = records
      .slice(start, start + INGEST_LIMITS.maxRecords)
      .map((record) => JSON.stringify(record))
      .join('\n');
    const answer = await runtime.invokeWebTrigger(id, {
      method: 'POST',
      path: `/x1/${id}`,
      userPath: '',
      headers: { authorization: [`Bearer ${secret}`], 'content-type': ['application/x-ndjson'] },
      queryParameters: {},
      body,
    });
    if (answer.status !== 200)
      throw new Error(`The demo prober's records were refused: HTTP ${answer.status} ${answer.body}`);
  }
  const sessions = records.filter((record) => (record as { type: string }).type === 'selfservice').length;
  return { samples: records.length - sessions, sessions };
}
