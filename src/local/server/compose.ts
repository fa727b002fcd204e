import express from 'express';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHostRouter, type FrameSession } from '../host';
import { JsmSite, type SeedTruth } from '../jsm';
import { LocalKvs } from '../kvs';
import { Clock, type ClockMode } from '../platform/clock';
import { loadManifest, uiModules } from '../platform/manifest';
import { LocalForge } from '../platform/runtime';
import { createControlApi } from './control-api';
import { webTriggerRoute } from './web-trigger-route';
import { playDemoHistory, type DemoHistoryReport } from './demo-history';
import { connectDemoServiceNow, mountServiceNow } from '../servicenow/local-instance';
import type { ServiceNowInstance } from '../servicenow/instance';

export interface LocalSiteOptions {
  appDir: string;
  dataDir: string;
  clockMode?: ClockMode;
  /** Start time of a manual clock (tests); a real clock starts at wall time. */
  start?: Date;
  /** Replace the site's data with a freshly seeded one (and empty the app's storage). */
  reseed?: boolean;
  seed?: number;
  months?: number;
  kvsLatencyMs?: number;
  /** Replay the seeded site's past resolutions to the app, as if installed all along (default true). */
  replayHistory?: boolean;
  /**
   * When this start seeds (and replays), also play the demo's last two hours through the app: the
   * sweeper invites, about two in three customers answer in the portal (seeded), and the figures
   * are rebuilt before this returns (`npm start`; default false).
   */
  seedAnswers?: boolean;
  /** Progress lines while seeding (`npm start` prints them). */
  progress?: (line: string) => void;
  /** Where the server is reached, for web trigger URLs (default http://localhost:4310). */
  publicUrl?: string;
  /**
   * The simulated ServiceNow instance at https://cxdemo.service-now.com: `off` (default), `instance`
   * (served, not connected), or `connected` (when this start seeds, the admin page's connection is
   * saved and its first sync runs: `npm start`, unless `--no-servicenow`).
   */
  serviceNow?: 'off' | 'instance' | 'connected';
}

export interface LocalSite {
  app: express.Express;
  runtime: LocalForge;
  clock: Clock;
  kvs: LocalKvs;
  site: JsmSite;
  /** The seeded site's ground truth (canonical ticket records), when this start seeded it. */
  seedTruth?: SeedTruth;
  /** What the demo's customers were to answer and did, when this start seeded with `seedAnswers`. */
  demoAnswers?: DemoHistoryReport;
  /** The simulated ServiceNow instance, unless `serviceNow` is `off`. */
  serviceNow?: ServiceNowInstance;
  close(): Promise<void>;
}

/**
 * Wires the local world together: the clock, the app's storage, the simulated JSM site, the
 * platform that runs the app's handlers, the host pages that frame its Custom UI, and the
 * control API. Used by `npm start`, the handler tests, the browser tests and the benchmarks.
 */
export async function createLocalSite(options: LocalSiteOptions): Promise<LocalSite> {
  mkdirSync(options.dataDir, { recursive: true });
  const clock = new Clock(options.clockMode ?? 'real', options.start);
  // The store and the site read the clock in use: the demo's own while it plays its history.
  let time = clock;
  const manifest = loadManifest(options.appDir);
  const kvs = new LocalKvs({
    dataFile: join(options.dataDir, 'kvs.json'),
    latencyMs: options.kvsLatencyMs,
    now: () => time.now(),
    entities: manifest.app.storage?.entities ?? [],
  });
  const site = new JsmSite({ dataFile: join(options.dataDir, 'site.json'), now: () => time.date() });
  const seeding = options.reseed || site.listRequests({ limit: 1 }).length === 0;
  const replay = options.replayHistory ?? true;
  const progress = options.progress ?? (() => undefined);
  let seedTruth: SeedTruth | undefined;
  let demoAnswers: DemoHistoryReport | undefined;
  if (seeding && replay && options.seedAnswers) {
    // The demo runs its own runtime on its own clock first; the site's runtime starts after it.
    const started = performance.now();
    progress('Seeding a demo site, with its customers answering the surveys…');
    await kvs.clear();
    const demo = await playDemoHistory({
      appDir: options.appDir,
      kvs,
      site,
      seed: options.seed ?? 42,
      months: options.months ?? 6,
      endsAt: () => clock.now(),
      useClock: (demoClock) => (time = demoClock),
      progress,
    });
    time = clock;
    seedTruth = demo.truth;
    demoAnswers = demo.report;
    kvs.resetStats();
    await Promise.all([site.flush(), kvs.flush()]);
    progress(`Demo site ready in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }
  const runtime = new LocalForge({
    appDir: options.appDir,
    clock,
    kvs,
    site,
    publicUrl: options.publicUrl,
  }).start();
  if (seeding && !demoAnswers) {
    const started = performance.now();
    progress(replay ? 'Seeding a demo site and replaying its history to the app…' : 'Seeding a demo site…');
    await kvs.clear();
    seedTruth = site.seed({ seed: options.seed ?? 42, months: options.months ?? 6, now: clock.date() });
    // The demo app has been installed all along: it saw every past resolution as it happened.
    if (replay) {
      // Months of events at one instant: not held to Forge's events-per-minute (async-event-limits.ts).
      await runtime.asyncEvents.replayingThePast(async () => {
        for (const event of site.pastResolutionEvents()) await runtime.deliverProductEvent(event);
      });
    }
    kvs.resetStats();
    await Promise.all([site.flush(), kvs.flush()]);
    progress(`Demo site ready in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }
  const serviceNowMode = options.serviceNow ?? 'off';
  const serviceNow =
    serviceNowMode === 'off'
      ? undefined
      : mountServiceNow(runtime, clock, {
          dataFile: join(options.dataDir, 'servicenow.json'),
          reseed: seeding,
          seed: options.seed ?? 42,
          days: Math.round((options.months ?? 6) * 30),
        }).instance;
  if (seeding && serviceNowMode === 'connected') {
    progress(await connectDemoServiceNow(runtime, site.agents().find((agent) => agent.admin)!.accountId));
  }
  const modules = uiModules(runtime.manifest);

  const app = express();
  app.disable('x-powered-by');
  app.use('/_local', createControlApi({ runtime, clock, kvs, site }));
  // Web trigger URLs: no session, no frame; what the function answers is the response.
  app.use('/x1', webTriggerRoute(runtime));
  app.use(
    createHostRouter({
      modules,
      staticDir: join(options.appDir, 'static'),
      dataDir: options.dataDir,
      site,
      invokeResolver: (session: FrameSession, functionKey: string, payload: unknown) => {
        const module = modules.find((candidate) => candidate.key === session.moduleKey);
        if (!module?.resolverFunction) throw new Error(`Module ${session.moduleKey} has no resolver`);
        return runtime.invokeResolver(module.resolverFunction, session, functionKey, payload);
      },
      fetchProduct: async (session, restPath, init) => {
        const response = await site.fetch(restPath, init, { as: 'user', accountId: session.accountId });
        return {
          status: response.status,
          statusText: response.statusText,
          headers: Object.fromEntries(response.headers.entries()),
          body: await response.text(),
        };
      },
    }),
  );

  return {
    app,
    runtime,
    clock,
    kvs,
    site,
    seedTruth,
    demoAnswers,
    serviceNow,
    async close() {
      await runtime.stop();
      clock.stop();
      await Promise.all([kvs.flush(), site.flush()]);
    },
  };
}
