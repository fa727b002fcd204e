/**
 * ServiceNow sync benchmark: `npm run bench:servicenow [-- --incidents N]`. A simulated instance
 * with N incidents (default 100,000), their requested items, SLA rows and survey results, read by
 * the connector's sync (the production use case: keyset reader, table client, facts) with 100 ms
 * per call and injected 429s with Retry-After, while records keep changing between pages.
 *
 * Time is virtual: the instance and the connector share a clock that each call moves by 100 ms
 * and each Retry-After wait moves by its seconds, so "records per minute" is what one sequential
 * connector (the 1–2 requests per instance servicenow.md recommends) would reach at that latency,
 * measured without waiting it out. Storage is the connector's own store contract counted as the
 * KVS adapter batches it (25 keys per request) plus the sync state's reads and writes.
 *
 * Prints REST calls, KVS requests and records per minute; checks every record stored exactly once
 * and the figures from the stored facts equal to `cx-metrics report` over the converted export;
 * then a naive offset-paging reader under the same kind of concurrent updates, with what it
 * missed and read twice, beside the keyset reader.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parseArgs } from 'node:util';
import { readTable, type Timer } from '../src/app/servicenow';
import { computeReport } from '../src/cli/report-command';
import type { CanonicalRecordInput } from '../src/domain/records/canonical';
import { ServiceNowInstance, DEMO_ACCOUNTS, DEMO_CLIENT } from '../src/local/servicenow';
import {
  connect,
  instanceHttp,
  naiveOffsetRead,
  RecordLedger,
  SERVICE_ACCOUNT,
} from '../test/support/servicenow';
import {
  connection,
  DEMO_MAPPING,
  exportedRecords,
  syncOnce,
  syncWorld,
} from '../test/support/servicenow-sync';

const { values } = parseArgs({
  options: {
    incidents: { type: 'string', default: '100000' },
    'latency-ms': { type: 'string', default: '100' },
  },
});
const INCIDENTS = Number(values.incidents);
const LATENCY_MS = Number(values['latency-ms']);
const DAYS = 120;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function virtualClock(start: Date) {
  let at = start.getTime();
  return { now: () => new Date(at), advance: (seconds: number) => (at += seconds * 1000) };
}

function seededInstance(time: ReturnType<typeof virtualClock>) {
  const instance = new ServiceNowInstance({ now: time.now, accounts: DEMO_ACCOUNTS, clients: [DEMO_CLIENT] });
  const summary = instance.seed({
    seed: 3,
    now: time.now(),
    days: DAYS,
    incidentsPerDay: Math.ceil(INCIDENTS / DAYS),
    requestsPerDay: Math.ceil(INCIDENTS / DAYS / 4),
  });
  return { instance, summary };
}

/** Changes `count` of the oldest-updated incidents now: rows a reader has most likely passed. */
function touch(instance: ServiceNowInstance, time: ReturnType<typeof virtualClock>, count: number) {
  time.advance(1);
  const oldest = instance
    .rows('incident')
    .sort((a, b) => ((a.sys_updated_on as string) < (b.sys_updated_on as string) ? -1 : 1))
    .slice(0, count);
  for (const row of oldest) instance.update('incident', row.sys_id as string, { impact: '2' });
}

async function main() {
  const started = performance.now();
  const time = virtualClock(new Date('2026-03-02T09:00:00Z'));
  const { instance, summary } = seededInstance(time);
  console.log(
    `Instance: ${fmt(summary.counts.incident ?? 0)} incidents, ${fmt(summary.counts.sc_req_item ?? 0)} requested items, ` +
      `${fmt(summary.counts.task_sla ?? 0)} SLA rows, ${fmt(summary.counts.asmt_metric_result ?? 0)} survey results ` +
      `(seeded in ${fmt((performance.now() - started) / 1000, 1)} s)`,
  );

  const world = syncWorld(instance, time);
  // 100 ms a call on the shared virtual clock.
  const send = world.deps.http('').send.bind(null);
  world.deps.http = () => ({
    send: async (request) => {
      time.advance(LATENCY_MS / 1000);
      return send(request);
    },
  });
  world.serviceNow.stored = connection(DEMO_MAPPING, 6);
  world.serviceNow.secret = SERVICE_ACCOUNT;
  // A 429 storm now and then: every 10th list page is followed by two refusals with Retry-After 5 s.
  let storms = 0;
  const hook = instance.faults.afterPage((page) => {
    if (page.count % 10 === 0) {
      storms += 1;
      instance.faults.add({ status: 429, retryAfterSeconds: 5, times: 2 });
    }
    if (page.table === 'incident' && page.count % 25 === 0) touch(instance, time, 5);
  });
  const t0 = time.now().getTime();
  const wall = performance.now();
  const { outcomes } = await syncOnce(world.deps, world.queue, { pageSize: 1000, stepRequests: 8 });
  hook.remove();
  const elapsedMin = (time.now().getTime() - t0) / 60_000;
  const calls = world.paths.length;
  const state = world.serviceNow.state!;
  const records = state.recordsRead;
  const kvs = world.records.requests + world.serviceNow.reads + world.serviceNow.writes;
  console.log(
    `Sync: ${outcomes.length} queue steps, ${fmt(calls)} REST calls (${storms} injected 429 storms, ` +
      `${fmt(world.sleeps.reduce((s, ms) => s + ms, 0) / 1000)} s waited), ${fmt(records)} rows read, ` +
      `${fmt(elapsedMin, 1)} virtual minutes (${fmt((performance.now() - wall) / 1000, 1)} s wall)`,
  );
  console.log(`  REST calls per record:   ${fmt(calls / records, 4)}`);
  console.log(`  KVS requests per record: ${fmt(kvs / records, 3)}  (${fmt(kvs)} requests)`);
  console.log(
    `  records per minute:      ${fmt(records / elapsedMin)}  (at ${LATENCY_MS} ms a call, one request at a time)`,
  );

  // Exactly once: the facts' records against the converted export of the instance as it is now.
  const timer: Timer = { now: () => time.now().getTime(), sleep: async () => undefined };
  const { conversion } = await exportedRecords(instance, DEMO_MAPPING, timer);
  const all = world.records.records() as CanonicalRecordInput[];
  const tickets = new Map<string, Set<string>>();
  for (const record of all.filter((r) => r.type === 'ticket')) {
    const id = (record as { id: string }).id;
    tickets.set(id, (tickets.get(id) ?? new Set()).add(JSON.stringify(record)));
  }
  const storedLines = [
    ...[...tickets.values()].map((versions) => [...versions][0]!),
    ...all.filter((r) => r.type === 'response').map((r) => JSON.stringify(r)),
  ].sort();
  const exportLines = conversion.records.map((r) => JSON.stringify(r)).sort();
  const doubled = [...tickets.values()].filter((versions) => versions.size > 1).length;
  const want = new Set(exportLines);
  const have = new Set(storedLines);
  const missing = exportLines.filter((line) => !have.has(line)).length;
  const extra = storedLines.filter((line) => !want.has(line)).length;
  console.log(
    `Exactly once: ${fmt(exportLines.length)} records in the export, ${fmt(storedLines.length)} stored; ` +
      `missing ${missing}, extra or stale ${extra}, tickets with two versions ${doubled} ` +
      `→ ${missing === 0 && extra === 0 && doubled === 0 && storedLines.length === exportLines.length ? 'OK' : 'FAILED'}`,
  );

  // Figures: cx-metrics report over the stored records and over the converted export.
  const dir = mkdtempSync(join(tmpdir(), 'cx-bench-sn-'));
  const report = async (lines: string[], name: string) => {
    const file = join(dir, name);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const sink = () => new PassThrough().resume();
    return (
      await computeReport(
        { file, asOf: time.now().getTime(), from: null, to: null, format: 'json' },
        { stdout: sink(), stderr: sink(), stderrIsTTY: false, now: () => time.now() },
      )
    ).metrics;
  };
  const fromFacts = await report(storedLines, 'stored.ndjson');
  const fromExport = await report(exportLines, 'export.ndjson');
  rmSync(dir, { recursive: true, force: true });
  const same = JSON.stringify(fromFacts) === JSON.stringify(fromExport);
  console.log(
    `Figures: CSAT n=${fromFacts.csat.n}, NPS n=${fromFacts.nps.n}, CES n=${fromFacts.ces.n}, FCR n=${fromFacts.fcr.n} ` +
      `→ ${same ? 'equal to cx-metrics report over the converted export' : 'DIFFERENT from the export'}`,
  );

  // Baseline: offset paging vs keyset paging over the incident table, under the same updates.
  for (const reader of ['naive offset paging', 'keyset paging'] as const) {
    const t = virtualClock(new Date('2026-03-02T09:00:00Z'));
    const { instance: copy, summary: copied } = seededInstance(t);
    const { http } = instanceHttp(copy);
    const { client } = connect(http, {
      now: () => t.now().getTime(),
      sleep: async (ms) => void t.advance(ms / 1000),
    });
    const ledger = new RecordLedger();
    const updates = copy.faults.afterPage((page) => {
      if (page.count % 5 === 0) touch(copy, t, 20);
    });
    if (reader === 'naive offset paging') {
      await naiveOffsetRead(client, 'incident', '1970-01-01 00:00:00', 1000, (rows) => ledger.take(rows));
    } else {
      await readTable(client, { table: 'incident', fields: [] }, null, { pageSize: 1000 }, async (rows) =>
        ledger.take(rows),
      );
    }
    updates.remove();
    const visible = copy.rows('incident').filter((row) => row.assignment_group !== copied.hrGroup);
    const audit = ledger.audit(visible as Array<Record<string, string>>);
    console.log(
      `${reader.padEnd(20)} missed ${fmt(audit.missing)}, stale ${fmt(audit.stale)}, read twice at one version ${fmt(audit.repeatedVersions)}`,
    );
  }
  console.log(`Done in ${fmt((performance.now() - started) / 1000, 1)} s wall.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
