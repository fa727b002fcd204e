import type { Writable } from 'node:stream';

/** Enough named lines to find a systematic problem without flooding the terminal. */
const SHOWN = 100;

/**
 * Reports unusable input lines on stderr with their line number and reason, so nothing is
 * dropped silently; after the first {@link SHOWN} it only counts.
 */
export class SkippedLines {
  count = 0;

  constructor(private readonly stderr: Writable) {}

  skip(lineNumber: number, reason: string): void {
    this.count += 1;
    if (this.count <= SHOWN) this.stderr.write(`line ${lineNumber}: skipped: ${reason}\n`);
  }

  /** Prints the closing count when anything was skipped; `unit` names what was read. */
  summarise(read: number, unit = 'lines'): void {
    if (this.count === 0) return;
    const hidden = this.count > SHOWN ? ` (${this.count - SHOWN} not shown)` : '';
    this.stderr.write(`skipped ${this.count} of ${read} ${unit}${hidden}\n`);
  }
}
