/**
 * Bundle benchmark: `npm run bench:bundle`.
 *
 * Builds the Custom UI apps as `npm run build:static` does (into static/<app>/build) and prints,
 * for each view, the gzipped bytes of JS the browser downloads to show it — the entry, the chunks
 * it imports, and for a chart the chart's chunks — against the view's budget, with the ratio and
 * PASS/FAIL. Beside each, the naive baseline: the same app as one unsplit bundle with React, every
 * design token and the whole Forge bridge, built in the same run. Exits 1 when a budget is broken.
 *
 * Budgets: customers open the portal survey on phones; agents open the issue panel on every ticket;
 * a dashboard shows several gadgets at once and most draw no chart.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { appBuildOptions, buildStatic } from '../scripts/build-static';
import { bundleOutputs, chunkFor, verdict, viewBytes, type BundleOutputs } from './bundle/budget';

const KB = 1000;

interface View {
  app: string;
  name: string;
  /** Source modules loaded with import() that this view also needs (its chart). */
  lazy: string[];
  budget: number | null;
}

const VIEWS: View[] = [
  { app: 'portal', name: 'portal survey', lazy: [], budget: 45 * KB },
  { app: 'issue-panel', name: 'issue panel', lazy: [], budget: 60 * KB },
  {
    app: 'gadget',
    name: 'gadget, no chart (scorecard, breakdown, edit)',
    lazy: [],
    budget: 80 * KB,
  },
  { app: 'gadget', name: 'gadget, trend chart', lazy: ['static/gadget/src/TrendView.tsx'], budget: null },
  {
    app: 'gadget',
    name: 'gadget, distribution chart',
    lazy: ['static/gadget/src/DistributionView.tsx'],
    budget: null,
  },
  { app: 'admin', name: 'admin page', lazy: [], budget: null },
];

const gzipSize = (bytes: Uint8Array) => gzipSync(bytes).length;

/** The app as it was first shipped: one IIFE with everything it imports, nothing split or swapped. */
async function naiveBundleBytes(root: string, app: string): Promise<number> {
  const options = appBuildOptions(root, app);
  const result = await build({
    ...options,
    entryPoints: [`static/${app}/src/index.tsx`],
    outdir: path.join(root, 'tmp-naive-bundle', app),
    splitting: false,
    format: 'iife',
    alias: {},
    plugins: [],
    metafile: false,
    write: false,
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  if (!js) throw new Error(`The naive build of ${app} wrote no JavaScript`);
  return gzipSize(js.contents);
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const { built } = await buildStatic(root);
  const outputsOf = new Map<string, BundleOutputs>(
    built.map(({ app, metafile }) => [
      app,
      bundleOutputs(metafile, (file) => gzipSize(readFileSync(path.join(root, file)))),
    ]),
  );
  const naive = new Map<string, number>();
  for (const { app } of built) naive.set(app, await naiveBundleBytes(root, app));

  console.log('Gzipped JS each view loads (KB = 1000 bytes), against its budget and one unsplit bundle');
  console.log(
    [
      'view'.padEnd(46),
      'loads'.padStart(9),
      'budget'.padStart(9),
      'ratio'.padStart(6),
      'verdict'.padStart(8),
      'unsplit'.padStart(10),
      'saved'.padStart(6),
    ].join(' '),
  );
  // An app added since these views were written is measured too, without a budget.
  const views = [
    ...VIEWS,
    ...built
      .filter(({ app }) => !VIEWS.some((view) => view.app === app))
      .map(({ app }): View => ({ app, name: `${app} page`, lazy: [], budget: null })),
  ];
  let broken = 0;
  for (const view of views) {
    const outputs = outputsOf.get(view.app);
    if (!outputs) throw new Error(`No build of ${view.app}`);
    const entry = `static/${view.app}/build/main.js`;
    const starts = [entry, ...view.lazy.map((module) => chunkFor(outputs, module))];
    const result = verdict(viewBytes(outputs, starts), view.budget);
    const baseline = naive.get(view.app) ?? 0;
    if (!result.pass) broken += 1;
    console.log(
      [
        view.name.padEnd(46),
        kb(result.bytes).padStart(9),
        (result.budget === null ? '—' : kb(result.budget)).padStart(9),
        (result.ratio === null ? '—' : result.ratio.toFixed(2)).padStart(6),
        (result.budget === null ? 'no goal' : result.pass ? 'PASS' : 'FAIL').padStart(8),
        kb(baseline).padStart(10),
        `${Math.round((1 - result.bytes / baseline) * 100)}%`.padStart(6),
      ].join(' '),
    );
  }
  if (broken > 0) {
    console.error(`${broken} view(s) over budget`);
    process.exitCode = 1;
  } else {
    console.log('Every budget holds');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
