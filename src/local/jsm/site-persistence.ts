import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { SiteData } from './model';

/**
 * The site as one JSON file. Writes go to a temporary file that is then renamed over the old one,
 * so a crash mid-write leaves the previous state intact rather than a truncated file.
 */

// Checks the envelope only: the file is written by this module, so a deep check would cost a
// seeded site's load time and catch nothing but hand edits.
const envelope = z.object({
  version: z.literal(1),
  appAccountId: z.string(),
  desks: z.array(z.unknown()),
  requestTypes: z.array(z.unknown()),
  organizations: z.array(z.unknown()),
  users: z.array(z.unknown()),
  requests: z.array(z.unknown()),
  counters: z.object({ issue: z.number(), comment: z.number(), history: z.number(), worklog: z.number() }),
});

export function loadSiteData(file: string): SiteData | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = envelope.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a JSM site data file: ${parsed.error.message}`);
  return parsed.data as SiteData;
}

let sequence = 0;

export async function saveSiteData(file: string, data: SiteData): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${++sequence}.tmp`;
  await writeFile(temporary, JSON.stringify(data));
  await rename(temporary, file);
}
