import { Writable } from 'node:stream';
import { main } from '../../src/cli/cli';

/** Runs the CLI in-process with captured output and a fixed clock. */
export async function run(
  argv: string[],
  options: { tty?: boolean; now?: string } = {},
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        append(chunk.toString());
        callback();
      },
    });
  const status = await main(argv, {
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text)),
    stderrIsTTY: options.tty ?? false,
    now: () => new Date(options.now ?? '2024-06-30T00:00:00Z'),
  });
  return { status, stdout, stderr };
}

/**
 * Deep equality where numbers may differ only by floating-point rounding (1e-12 relative): the
 * expected values are computed by hand, in another order of operations than the code's.
 */
export function expectSameJson(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Math.abs(actual - expected) > 1e-12 * Math.max(1, Math.abs(expected))) {
      throw new Error(`${path}: ${actual} ≠ ${expected}`);
    }
    return;
  }
  if (typeof expected === 'object' && expected !== null && typeof actual === 'object' && actual !== null) {
    const keys = Object.keys(expected);
    if (JSON.stringify(Object.keys(actual)) !== JSON.stringify(keys)) {
      throw new Error(`${path}: keys ${JSON.stringify(Object.keys(actual))} ≠ ${JSON.stringify(keys)}`);
    }
    for (const key of keys) {
      expectSameJson(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
    }
    return;
  }
  if (actual !== expected)
    throw new Error(`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
}
