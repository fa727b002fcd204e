import type { Writable } from 'node:stream';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  /** Progress is shown only to a person watching a terminal. */
  stderrIsTTY: boolean;
  /** The wall clock, for the default `--as-of` and two-digit years in exports. */
  now: () => Date;
}

/** A reason to stop with exit status 2: unusable arguments or an unreadable file. */
export class UsageError extends Error {}

/** Writes to a stream, waiting when it asks the writer to slow down. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}
