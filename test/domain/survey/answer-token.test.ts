import { createHmac } from 'node:crypto';
import { readAnswerToken, writeAnswerToken, type AnswerClaim } from '../../../src/domain/survey/answer-token';

const keyOf = (secret: string, version = 1) => ({
  version,
  sign: (text: string) => createHmac('sha256', secret).update(text).digest('base64url'),
});
const key = keyOf('the-current-key');
const now = new Date('2026-03-02T10:00:00Z');
const claim: AnswerClaim = {
  t: '10001',
  c: 1,
  q: 'ces',
  s: 5,
  x: Date.parse('2026-03-16T10:00:00Z') / 1000,
  v: 1,
  l: 'de',
};
const token = writeAnswerToken(claim, key.sign);

describe('one-click answer tokens', () => {
  it('reads back what was signed, and names no person', () => {
    expect(readAnswerToken(token, key, now)).toEqual({ ok: true, claim });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toEqual(claim);
  });

  it('refuses a token whose score, survey or expiry was changed', () => {
    const signature = token.split('.')[1]!;
    for (const change of [{ s: 1 }, { t: '10002' }, { c: 2 }, { x: claim.x + 86_400 }, { q: 'csat' }]) {
      const forged = Buffer.from(JSON.stringify({ ...claim, ...change })).toString('base64url');
      expect(readAnswerToken(`${forged}.${signature}`, key, now)).toEqual({ ok: false, reason: 'tampered' });
    }
  });

  it('refuses a token signed by another site’s key', () => {
    expect(readAnswerToken(writeAnswerToken(claim, keyOf('another-site').sign), key, now)).toEqual({
      ok: false,
      reason: 'tampered',
    });
  });

  it('refuses a token from before a rotation as replaced, and one from a version never made as tampered', () => {
    expect(readAnswerToken(token, keyOf('rotated', 2), now)).toEqual({ ok: false, reason: 'replaced' });
    const ahead = writeAnswerToken({ ...claim, v: 3 }, keyOf('rotated', 2).sign);
    expect(readAnswerToken(ahead, keyOf('rotated', 2), now)).toEqual({ ok: false, reason: 'tampered' });
  });

  it('refuses a token at and after its expiry, not a second before', () => {
    expect(readAnswerToken(token, key, new Date(claim.x * 1000 - 1000)).ok).toBe(true);
    expect(readAnswerToken(token, key, new Date(claim.x * 1000))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses cut, empty, oversized or garbled tokens as malformed', () => {
    for (const bad of [
      '',
      token.split('.')[0]!,
      `${token}.x`,
      '.',
      'a'.repeat(401),
      '%%%.abc',
      `${token.split('.')[0]}!.x`,
    ]) {
      expect(readAnswerToken(bad, key, now)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('refuses a signed claim that breaks the rules (a CSAT score of 6, an extra field)', () => {
    expect(readAnswerToken(writeAnswerToken({ ...claim, q: 'csat', s: 6 }, key.sign), key, now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    const extra = writeAnswerToken({ ...claim, email: 'a@b.c' } as AnswerClaim, key.sign);
    expect(readAnswerToken(extra, key, now)).toEqual({ ok: false, reason: 'malformed' });
  });
});
