import type { CliIo } from './io';
import type { ReadProgress } from './lines';

const INTERVAL_MS = 200;

/**
 * A progress line on stderr, redrawn at most five times a second, for a person at a terminal;
 * nothing when stderr is a pipe or a file, so logs and scripts stay clean.
 */
export function progressReporter(io: CliIo): { update: (progress: ReadProgress) => void; done: () => void } {
  if (!io.stderrIsTTY) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let shown = false;
  return {
    update: ({ lines, bytesRead, totalBytes }) => {
      const now = io.now().getTime();
      if (now - last < INTERVAL_MS) return;
      last = now;
      shown = true;
      const share = totalBytes > 0 ? ` (${Math.floor((100 * bytesRead) / totalBytes)} %)` : '';
      io.stderr.write(`\r${lines.toLocaleString('en')} lines read${share}`);
    },
    done: () => {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}
