/**
 * Keeps the store in a JSON file so a local demo survives a restart. Writes go to a temporary file
 * that is then renamed over the data file: a rename is atomic, so a crash leaves either the old file
 * or the new one, never half of one. Saves are debounced after writes and serialized, so a burst of
 * writes costs one save and two saves never race.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { StoreContents } from './store';

const FORMAT_VERSION = 1;

const storedItem = z.object({
  value: z.unknown(),
  createdAt: z.number(),
  updatedAt: z.number(),
  expiresAt: z.number().optional(),
});
const dataFile = z.object({
  version: z.literal(FORMAT_VERSION),
  spaces: z.record(z.string(), z.record(z.string(), storedItem)),
});

/** A missing file is an empty store; an unreadable one is an error, so data is never silently dropped. */
export function loadContents(path: string): StoreContents {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const parsed = dataFile.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${path} is not a local KVS data file: ${parsed.error.message}`);
  return parsed.data.spaces as StoreContents;
}

export class Persister {
  private timer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();
  private sequence = 0;

  constructor(
    private readonly path: string,
    private readonly contents: () => StoreContents,
    private readonly debounceMs: number,
  ) {
    mkdirSync(dirname(path), { recursive: true });
  }

  /** Called after every write; the save happens once writes pause for `debounceMs`. */
  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      // Nobody awaits a background save, so report its failure rather than lose it.
      this.flush().catch((error: unknown) => console.error(`local KVS: could not save ${this.path}`, error));
    }, this.debounceMs);
    // A pending save must not keep a finished process (or test run) alive; flush() on shutdown.
    this.timer.unref();
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    // Snapshot now, so the file reflects the store as of this call even if the previous save is slow.
    const body = JSON.stringify({ version: FORMAT_VERSION, spaces: this.contents() });
    this.saving = this.saving.catch(() => undefined).then(() => this.write(body));
    return this.saving;
  }

  private async write(body: string): Promise<void> {
    this.sequence += 1;
    const temporary = `${this.path}.${process.pid}.${this.sequence}.tmp`;
    await mkdir(dirname(this.path), { recursive: true });
    try {
      await writeFile(temporary, body, 'utf8');
      await rename(temporary, this.path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}
