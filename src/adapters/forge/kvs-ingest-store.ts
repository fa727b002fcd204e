import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import type { IngestLog, IngestReport, IngestStore, SessionFacts } from '../../app/ingest/ports';
import type { Fact } from '../../domain/facts/ticket-facts';
import { keys } from './keys';

/** Forge's most items in one batch get or batch set. */
const BATCH_ITEMS = 25;

const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH_ITEMS)
    out.push(items.slice(start, start + BATCH_ITEMS));
  return out;
};

const factKey = (fact: Fact) => keys.facts(fact.projectKey, fact.day, fact.issueId);

/**
 * Ingested records as facts, written with batch calls: 25 keys a request, so a batch of 100
 * records costs 4 reads (is any already stored?) and 4 or 5 writes (the facts and one rebuild
 * marker per day they fall on). A batch set is not a transaction: should one call fail half way,
 * the sender's retry finds the stored half as duplicates and writes the rest.
 */
export class KvsIngestStore implements IngestStore, SessionFacts {
  /** One prefix query: a user's sessions on one day are few, far under a page. */
  async ofDay(projectKey: string, day: string, prefix: string): Promise<Fact[]> {
    const page = await kvs
      .query()
      .where('key', WhereConditions.beginsWith(`${keys.factsOfDay(projectKey, day)}${prefix}`))
      .limit(100)
      .getMany<Fact>();
    return page.results.map((result) => result.value);
  }

  async existing(facts: readonly Fact[]): Promise<Set<string>> {
    const found = new Set<string>();
    const byKey = new Map(facts.map((fact) => [factKey(fact), fact]));
    for (const chunk of chunks([...byKey.keys()])) {
      const { successfulKeys, failedKeys } = await kvs.batchGet<unknown>(chunk.map((key) => ({ key })));
      const failure = failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
      if (failure) throw new Error(`Reading ${failure.key} failed: ${failure.error.message}`);
      for (const { key } of successfulKeys) {
        const fact = byKey.get(key);
        if (fact) found.add(`${fact.day}:${fact.issueId}`);
      }
    }
    return found;
  }

  async write(facts: readonly Fact[], batchId: string): Promise<void> {
    const days = [...new Set(facts.map((fact) => `${fact.projectKey}\n${fact.day}`))];
    const items: Array<{ key: string; value: unknown }> = [
      ...facts.map((fact) => ({ key: factKey(fact), value: fact })),
      // Markers last: a day is marked only once its facts are in.
      ...days.map((pair) => {
        const [projectKey, day] = pair.split('\n') as [string, string];
        return { key: keys.ingestMarker(projectKey, day, batchId), value: 1 };
      }),
    ];
    for (const chunk of chunks(items)) {
      const { failedKeys } = await kvs.batchSet(chunk);
      if (failedKeys.length > 0)
        throw new Error(`Storing ${failedKeys[0]!.key} failed: ${failedKeys[0]!.error.message}`);
    }
  }
}

const reportSchema = z.object({
  at: z.string(),
  status: z.number(),
  accepted: z.number(),
  duplicates: z.number(),
  refused: z.array(z.object({ line: z.number(), reason: z.string() })),
  reason: z.string().optional(),
});
const logSchema = z.object({ minute: z.string(), requests: z.number(), recent: z.array(reportSchema) });

/** How many recent requests the admin page lists. */
const RECENT = 10;

/** The sender's count this minute and its recent outcomes, in one key: one read and one write a request. */
export class KvsIngestLog implements IngestLog {
  private last?: z.infer<typeof logSchema>;

  async read() {
    const parsed = logSchema.safeParse(await kvs.get<unknown>(keys.ingestLog));
    this.last = parsed.success ? parsed.data : { minute: '', requests: 0, recent: [] as IngestReport[] };
    return this.last;
  }

  async record(minute: string, report: IngestReport): Promise<void> {
    // Built per request: the log read for the rate check is the one extended here.
    const log = this.last ?? (await this.read());
    await kvs.set(keys.ingestLog, {
      minute,
      requests: log.minute === minute ? log.requests + 1 : 1,
      recent: [report, ...log.recent].slice(0, RECENT),
    });
  }
}
