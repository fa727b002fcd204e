import { kvs } from '@forge/kvs';
import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AnswerLinkKeys, SigningKey } from '../../app/ports/answer-link-keys';
import { keys } from './keys';

/**
 * The signing key as an app secret (`kvs.setSecret`: "stored in a secure, encrypted manner … can't be
 * queried", https://developer.atlassian.com/platform/forge/storage-reference/kvs-api-secret/): 32 random bytes
 * and a version that grows with each rotation. Links are HMAC-SHA-256 signed.
 */
const storedKeySchema = z.object({
  version: z.number().int().positive(),
  secret: z.string().min(43),
  createdAt: z.iso.datetime(),
});
type StoredKey = z.infer<typeof storedKeySchema>;

const signer = (stored: StoredKey): SigningKey => {
  const secret = Buffer.from(stored.secret, 'base64url');
  return {
    version: stored.version,
    sign: (text) => createHmac('sha256', secret).update(text).digest('base64url'),
  };
};

/**
 * Built per invocation (entry/deps.ts): a sweep that writes links for hundreds of invitations
 * reads the key once.
 */
export class KvsAnswerLinkKeys implements AnswerLinkKeys {
  private signing?: Promise<SigningKey>;

  constructor(private readonly now: () => Date = () => new Date()) {}

  private async read(): Promise<StoredKey | null> {
    const value = await kvs.getSecret<unknown>(keys.answerLinkKey);
    if (value === undefined) return null;
    const parsed = storedKeySchema.safeParse(value);
    // A key that no longer reads signs nothing: the next use makes a new one (old links are replaced).
    return parsed.success ? parsed.data : null;
  }

  private async write(version: number): Promise<StoredKey> {
    const stored = {
      version,
      secret: randomBytes(32).toString('base64url'),
      createdAt: this.now().toISOString(),
    };
    await kvs.setSecret(keys.answerLinkKey, stored);
    return stored;
  }

  current(): Promise<SigningKey> {
    this.signing ??= this.read().then(async (stored) => signer(stored ?? (await this.write(1))));
    return this.signing;
  }

  async existing(): Promise<SigningKey | null> {
    const stored = await this.read();
    return stored ? signer(stored) : null;
  }

  async rotate(): Promise<{ version: number; rotatedAt: string }> {
    const stored = await this.write(((await this.read())?.version ?? 0) + 1);
    this.signing = Promise.resolve(signer(stored));
    return { version: stored.version, rotatedAt: stored.createdAt };
  }

  async status(): Promise<{ version: number; createdAt: string } | null> {
    const stored = await this.read();
    return stored ? { version: stored.version, createdAt: stored.createdAt } : null;
  }
}
