/**
 * What a view of a Custom UI app downloads, and whether that fits its budget. A view loads its
 * entry files and, transitively, every chunk they import statically; chunks imported dynamically
 * (the gadget's charts) load only when a view asks for them, so they count only for that view.
 */
import type { Metafile } from 'esbuild';

export interface BundleOutput {
  /** Gzipped size of the file as served. */
  gzipBytes: number;
  /** Files this one imports with `import … from`, loaded before it runs. */
  staticImports: string[];
  /** Files this one loads with `import()`, only when that code path runs. */
  dynamicImports: string[];
  /** The source module a split-off chunk was made for (`static/gadget/src/TrendView.tsx`). */
  entryPoint?: string;
}

export type BundleOutputs = Readonly<Record<string, BundleOutput>>;

/** JS outputs of an esbuild metafile, with their gzipped sizes from `gzipBytesOf(path)`. */
export function bundleOutputs(metafile: Metafile, gzipBytesOf: (file: string) => number): BundleOutputs {
  const outputs: Record<string, BundleOutput> = {};
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!file.endsWith('.js')) continue;
    outputs[file] = {
      gzipBytes: gzipBytesOf(file),
      staticImports: output.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
      dynamicImports: output.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path),
      ...(output.entryPoint ? { entryPoint: output.entryPoint } : {}),
    };
  }
  return outputs;
}

/** Every file the browser fetches to run `starts`: them and their static imports, each once. */
export function filesLoaded(outputs: BundleOutputs, starts: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const output = outputs[file];
    if (!output) throw new Error(`${file} is not among the build's outputs`);
    seen.add(file);
    output.staticImports.forEach(visit);
  };
  starts.forEach(visit);
  return [...seen].sort();
}

/** Gzipped bytes of JS a view loads when it runs `starts`. */
export function viewBytes(outputs: BundleOutputs, starts: readonly string[]): number {
  return filesLoaded(outputs, starts).reduce((sum, file) => sum + (outputs[file]?.gzipBytes ?? 0), 0);
}

/** The output split off for a source module (what `import('./TrendView')` fetches). */
export function chunkFor(outputs: BundleOutputs, sourceModule: string): string {
  const found = Object.entries(outputs).find(([, output]) => output.entryPoint === sourceModule);
  if (!found) throw new Error(`No chunk of its own for ${sourceModule}: is it still loaded with import()?`);
  return found[0];
}

export interface Verdict {
  bytes: number;
  budget: number | null;
  /** bytes / budget; null without a budget. */
  ratio: number | null;
  /** A view without a budget never fails. */
  pass: boolean;
}

export function verdict(bytes: number, budget: number | null): Verdict {
  if (!Number.isInteger(bytes) || bytes < 0)
    throw new Error(`A size is a whole number of bytes, not ${bytes}`);
  if (budget === null) return { bytes, budget, ratio: null, pass: true };
  if (!Number.isInteger(budget) || budget <= 0)
    throw new Error(`A budget is a positive number of bytes, not ${budget}`);
  return { bytes, budget, ratio: bytes / budget, pass: bytes <= budget };
}
