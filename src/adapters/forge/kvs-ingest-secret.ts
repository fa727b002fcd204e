import { kvs } from '@forge/kvs';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { IngestSecrets } from '../../app/ingest/ports';
import { keys } from './keys';

/**
 * The ingest endpoint's secret. A web trigger URL has no authentication of its own
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/web-trigger/: "you can
 * add a check for an Authorization header in the request and validate any provided token"), so
 * each request carries `Authorization: Bearer <secret>`. Only the SHA-256 digest is stored, as an
 * app secret (`kvs.setSecret`, https://developer.atlassian.com/platform/forge/storage-reference/kvs-api-secret/):
 * the admin sees the secret once, when it is made, and nothing the app keeps can show it again.
 */
const storedSchema = z.object({
  version: z.number().int().positive(),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.iso.datetime(),
});
type Stored = z.infer<typeof storedSchema>;

const digestOf = (secret: string) => createHash('sha256').update(secret).digest();

export class KvsIngestSecrets implements IngestSecrets {
  constructor(private readonly now: () => Date = () => new Date()) {}

  private async read(): Promise<Stored | null> {
    const parsed = storedSchema.safeParse(await kvs.getSecret<unknown>(keys.ingestSecret));
    return parsed.success ? parsed.data : null;
  }

  async matches(presented: string): Promise<boolean> {
    const stored = await this.read();
    if (!stored) return false;
    // Digests of equal length, compared in constant time: the answer's timing tells nothing.
    return timingSafeEqual(digestOf(presented), Buffer.from(stored.digest, 'hex'));
  }

  async rotate(): Promise<{ secret: string; version: number; createdAt: string }> {
    const secret = `cxi_${randomBytes(32).toString('base64url')}`;
    const stored: Stored = {
      version: ((await this.read())?.version ?? 0) + 1,
      digest: digestOf(secret).toString('hex'),
      createdAt: this.now().toISOString(),
    };
    await kvs.setSecret(keys.ingestSecret, stored);
    return { secret, version: stored.version, createdAt: stored.createdAt };
  }

  async status(): Promise<{ version: number; createdAt: string } | null> {
    const stored = await this.read();
    return stored ? { version: stored.version, createdAt: stored.createdAt } : null;
  }
}
