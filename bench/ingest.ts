/**
 * Ingest benchmark: `npm run bench:ingest`. Sends availability samples and self-service sessions
 * through the real ingest web trigger on the local runtime (manual clock, fresh data folder) and
 * prints KVS requests per accepted record and records per second, for batches of 100 records and
 * for a naive sender posting one record per request, in the same run. A KVS request is one SDK
 * call (a get, a batch of up to 25 items, a query or a transaction). The cost is shown for the
 * ingest itself and with the day aggregates' rebuild it asks for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KvsIngestSecrets } from '../src/adapters/forge/kvs-ingest-secret';
import { INGEST_LIMITS } from '../src/domain/ingest/ingest-limits';
import type { KvsStats } from '../src/local/kvs/stats';
import { createLocalSite, type LocalSite } from '../src/local/server/compose';

const ROOT = join(__dirname, '..');
const BATCH = 100;
const BATCHES = 30;
const NAIVE_RECORDS = 300;
const GOAL = 1;

const requestsOf = (stats: Pick<KvsStats, 'operations'>) =>
  Object.values(stats.operations).reduce((sum, n) => sum + n, 0);
const fmt = (n: number, digits = 2) =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Realistic records: probes of three services every minute, and a session now and then. */
function record(i: number): object {
  const at = new Date(Date.parse('2026-02-20T00:00:00Z') + Math.floor(i / 4) * 60_000).toISOString();
  if (i % 4 === 3)
    return { type: 'selfservice', user: `bench-user-${i % 97}`, startedAt: at, completed: i % 5 !== 0 };
  const service = ['Email', 'VPN', 'Portal'][i % 4]!;
  return {
    type: 'availability',
    service,
    at,
    up: i % 211 !== 0,
    responseMs: 200 + ((i * 37) % 2400),
    thresholdMs: 2000,
  };
}

async function run(
  local: LocalSite,
  secret: string,
  id: string,
  records: number,
  batch: number,
  offset: number,
) {
  await local.runtime.idle();
  local.kvs.resetStats();
  const started = performance.now();
  let sent = 0;
  let accepted = 0;
  for (let start = 0; start < records; start += batch) {
    // Keep within the documented rate: a new clock minute every so many requests.
    if (sent > 0 && sent % INGEST_LIMITS.requestsPerMinute === 0) await local.clock.advance(60);
    const body = Array.from({ length: Math.min(batch, records - start) }, (_, k) =>
      JSON.stringify(record(offset + start + k)),
    ).join('\n');
    const answer = await local.runtime.invokeWebTrigger(id, {
      method: 'POST',
      path: `/x1/${id}`,
      userPath: '',
      headers: { authorization: [`Bearer ${secret}`], 'content-type': ['application/x-ndjson'] },
      queryParameters: {},
      body,
    });
    if (answer.status !== 200) throw new Error(`HTTP ${answer.status}: ${answer.body}`);
    sent += 1;
    accepted += Math.min(batch, records - start);
  }
  const seconds = (performance.now() - started) / 1000;
  const ingest = local.kvs.stats();
  await local.clock.advance(60);
  await local.runtime.idle();
  const withRollup = local.kvs.stats();
  return { accepted, seconds, ingest, withRollup };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'cx-bench-ingest-'));
  const local = await createLocalSite({
    appDir: ROOT,
    dataDir,
    clockMode: 'manual',
    start: new Date('2026-03-02T09:00:00Z'),
    reseed: true,
    seed: 42,
    months: 1,
    replayHistory: false,
  });
  try {
    const secret = (await new KvsIngestSecrets().rotate()).secret;
    const id = new URL(local.runtime.webTriggers.urlOf('records-ingest')!).pathname.split('/')[2]!;
    const batched = await run(local, secret, id, BATCH * BATCHES, BATCH, 0);
    const naive = await run(local, secret, id, NAIVE_RECORDS, 1, BATCH * BATCHES);
    console.log(
      `\nIngest through the local runtime's web trigger (${BATCHES} × ${BATCH} records; naive ${NAIVE_RECORDS} × 1)`,
    );
    const row = (label: string, real: number, base: number, goal?: number) =>
      console.log(
        `  ${label.padEnd(46)} ${fmt(real).padStart(8)}   naive ${fmt(base).padStart(8)}   ${fmt(base / real, 1)}x` +
          (goal === undefined ? '' : `   goal ≤ ${goal}: ${real <= goal ? 'met' : 'NOT met'}`),
      );
    row(
      'KVS requests per accepted record (ingest)',
      requestsOf(batched.ingest) / batched.accepted,
      requestsOf(naive.ingest) / naive.accepted,
      GOAL,
    );
    row(
      '  with the day aggregates it asks for',
      requestsOf(batched.withRollup) / batched.accepted,
      requestsOf(naive.withRollup) / naive.accepted,
    );
    console.log(
      `  ${'by request (batched, ingest)'.padEnd(46)} ${Object.entries(batched.ingest.operations)
        .map(([op, count]) => `${op} ${fmt(count / batched.accepted, 3)}`)
        .join(', ')}`,
    );
    console.log(
      `  ${'records per second'.padEnd(46)} ${fmt(batched.accepted / batched.seconds, 0).padStart(8)}   naive ${fmt(naive.accepted / naive.seconds, 0).padStart(8)}`,
    );
  } finally {
    await local.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
