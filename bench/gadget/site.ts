/**
 * The local runtime the benchmark runs the app in: `createLocalSite` on a throwaway data folder
 * and a manual clock, with three changes made here, for the benchmark only.
 *
 * - Jira answers for 50 projects. The simulated site has two desks (SD, HR); the storage is seeded
 *   for 50, so `GET /rest/api/3/project/search` answers the 50 as one page and `mypermissions`
 *   grants what is asked. Every other Jira call reaches the simulated site unchanged.
 * - The store is not saved to `kvs.json`. `LocalKvs` writes its whole contents to the file after
 *   each burst of writes; with a million responses' aggregates that is gigabytes of JSON (beyond
 *   what one string can hold), and nothing here is meant to survive the run.
 * - `fact:` keys live in project-month shards behind the runtime's store (see fact-shards).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalSite, type LocalSite } from '../../src/local/server/compose';
import { FactShards } from './fact-shards';

const ROOT = join(__dirname, '..', '..');

export interface BenchSite {
  local: LocalSite;
  shards: FactShards;
  /** A Jira admin of the simulated site, who browses all 50 projects. */
  viewer: string;
  close(): Promise<void>;
}

export async function startBenchSite(options: {
  now: Date;
  projects: Array<{ key: string; name: string }>;
}): Promise<BenchSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cx-bench-gadget-'));
  const local = await createLocalSite({
    appDir: ROOT,
    dataDir,
    clockMode: 'manual',
    start: options.now,
    reseed: true,
    seed: 7,
    months: 1,
    replayHistory: false,
  });
  // LocalKvs keeps its file writer private; a benchmark store is never saved.
  (local.kvs as unknown as { persister: undefined }).persister = undefined;

  const shards = new FactShards();
  shards.install(local.kvs);

  const siteFetch = local.site.fetch.bind(local.site);
  local.site.fetch = async (restPath, init, caller) => {
    const url = new URL(restPath, 'http://site.invalid');
    if (url.pathname === '/rest/api/3/project/search') {
      return json({
        startAt: 0,
        maxResults: options.projects.length,
        total: options.projects.length,
        isLast: true,
        values: options.projects.map(({ key, name }, index) => ({ id: String(10_000 + index), key, name })),
      });
    }
    if (url.pathname === '/rest/api/3/mypermissions') {
      const asked = (url.searchParams.get('permissions') ?? '').split(',').filter(Boolean);
      return json({
        permissions: Object.fromEntries(asked.map((key) => [key, { key, havePermission: true }])),
      });
    }
    return siteFetch(restPath, init, caller);
  };

  const viewer = local.site.agents().find((agent) => agent.admin)?.accountId;
  if (!viewer) throw new Error('The simulated site has no Jira admin to view the gadgets as.');
  return {
    local,
    shards,
    viewer,
    async close() {
      await local.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
