import type { Metafile } from 'esbuild';
import {
  bundleOutputs,
  chunkFor,
  filesLoaded,
  verdict,
  viewBytes,
  type BundleOutputs,
} from '../../bench/bundle/budget';

/** A gadget-shaped build: main imports a shared chunk; the chart is split off and shares it too. */
const OUTPUTS: BundleOutputs = {
  'build/main.js': {
    gzipBytes: 10_000,
    staticImports: ['build/chunks/react.js'],
    dynamicImports: ['build/chunks/Trend.js'],
  },
  'build/chunks/react.js': { gzipBytes: 45_000, staticImports: [], dynamicImports: [] },
  'build/chunks/Trend.js': {
    gzipBytes: 3_000,
    staticImports: ['build/chunks/react.js', 'build/chunks/charts.js'],
    dynamicImports: [],
    entryPoint: 'src/Trend.tsx',
  },
  'build/chunks/charts.js': {
    gzipBytes: 120_000,
    staticImports: ['build/chunks/react.js'],
    dynamicImports: [],
  },
};

describe('what a view loads', () => {
  it('counts the entry and its static imports, not what it loads with import()', () => {
    expect(filesLoaded(OUTPUTS, ['build/main.js'])).toEqual(['build/chunks/react.js', 'build/main.js']);
    expect(viewBytes(OUTPUTS, ['build/main.js'])).toBe(55_000);
  });

  it('adds a chart chunk and its own imports, counting a shared chunk once', () => {
    const chart = chunkFor(OUTPUTS, 'src/Trend.tsx');
    expect(chart).toBe('build/chunks/Trend.js');
    expect(viewBytes(OUTPUTS, ['build/main.js', chart])).toBe(10_000 + 45_000 + 3_000 + 120_000);
  });

  it('refuses a file the build did not write, and a module that was not split off', () => {
    expect(() => viewBytes(OUTPUTS, ['build/missing.js'])).toThrow('build/missing.js is not among');
    expect(() => chunkFor(OUTPUTS, 'src/Scorecard.tsx')).toThrow('No chunk of its own for src/Scorecard.tsx');
  });

  it('reads static and dynamic imports and split-off entry points from esbuild metafile outputs', () => {
    const metafile: Metafile = {
      inputs: {},
      outputs: {
        'b/main.js': {
          bytes: 1,
          inputs: {},
          exports: [],
          entryPoint: 'src/index.tsx',
          imports: [
            { path: 'b/chunks/shared.js', kind: 'import-statement' },
            { path: 'b/chunks/Trend.js', kind: 'dynamic-import' },
          ],
        },
        'b/chunks/shared.js': { bytes: 1, inputs: {}, exports: [], imports: [] },
        'b/chunks/Trend.js': { bytes: 1, inputs: {}, exports: [], imports: [], entryPoint: 'src/Trend.tsx' },
        'b/main.css': { bytes: 1, inputs: {}, exports: [], imports: [] },
      },
    };
    const sizes: Record<string, number> = {
      'b/main.js': 7,
      'b/chunks/shared.js': 11,
      'b/chunks/Trend.js': 13,
    };
    const outputs = bundleOutputs(metafile, (file) => sizes[file] ?? 0);
    expect(Object.keys(outputs).sort()).toEqual(['b/chunks/Trend.js', 'b/chunks/shared.js', 'b/main.js']);
    expect(outputs['b/main.js']).toEqual({
      gzipBytes: 7,
      staticImports: ['b/chunks/shared.js'],
      dynamicImports: ['b/chunks/Trend.js'],
      entryPoint: 'src/index.tsx',
    });
    expect(viewBytes(outputs, ['b/main.js'])).toBe(18);
    expect(viewBytes(outputs, ['b/main.js', chunkFor(outputs, 'src/Trend.tsx')])).toBe(31);
  });
});

describe('a view against its budget', () => {
  it('passes at the budget and fails one byte over it', () => {
    expect(verdict(45_000, 45_000)).toEqual({ bytes: 45_000, budget: 45_000, ratio: 1, pass: true });
    expect(verdict(45_001, 45_000)).toEqual({
      bytes: 45_001,
      budget: 45_000,
      ratio: 45_001 / 45_000,
      pass: false,
    });
  });

  it('fails the gadget once its chart is counted against the no-chart budget', () => {
    const initial = verdict(viewBytes(OUTPUTS, ['build/main.js']), 80_000);
    const withChart = verdict(viewBytes(OUTPUTS, ['build/main.js', 'build/chunks/Trend.js']), 80_000);
    expect(initial.pass).toBe(true);
    expect(withChart).toEqual({ bytes: 178_000, budget: 80_000, ratio: 2.225, pass: false });
  });

  it('never fails a view without a budget, and refuses sizes and budgets that are not bytes', () => {
    expect(verdict(300_000, null)).toEqual({ bytes: 300_000, budget: null, ratio: null, pass: true });
    expect(() => verdict(-1, 1000)).toThrow('A size is a whole number of bytes, not -1');
    expect(() => verdict(10.5, 1000)).toThrow('not 10.5');
    expect(() => verdict(10, 0)).toThrow('A budget is a positive number of bytes, not 0');
  });
});
