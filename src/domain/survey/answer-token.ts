import { z } from 'zod';
import { SCALES } from '../records/survey-kind';

/**
 * The signed token of a one-click answer link: which survey (the ticket's id and the resolution's
 * cycle), which question and score the link stands for, until when it may be used, and which
 * signing key signed it. Nothing in it names a person: a forwarded or logged link tells its reader
 * only a Jira issue id and a score.
 *
 * Written `<claim>.<signature>`, the claim as base64url JSON, the signature an HMAC of the claim's
 * text made by the app's signing key (the key and the HMAC are outside the domain: `sign`).
 */
export const answerClaimSchema = z
  .object({
    /** The ticket's Jira issue id. */
    t: z.string().regex(/^\d{1,20}$/),
    /** The survey's cycle on the ticket: 1 for the first resolution, 2 after a reopen, … */
    c: z.number().int().positive().max(1000),
    /** The question the score answers. */
    q: z.enum(['ces', 'csat']),
    s: z.number().int().min(1).max(7),
    /** Unix seconds after which the link no longer answers. */
    x: z.number().int().positive(),
    /** The version of the signing key. */
    v: z.number().int().positive(),
    /** The wording locale the invitation was written in, so the page speaks the same language. */
    l: z
      .string()
      .max(20)
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/),
  })
  .strict()
  .refine((claim) => claim.s <= SCALES[claim.q].max, { error: 'The score is off its scale.' });

export type AnswerClaim = z.output<typeof answerClaimSchema>;

/** Signs text with the current key: base64url of an HMAC (an adapter's job, never the domain's). */
export type Sign = (text: string) => string;

/** Why a token does not answer: each gets its own page, none an error trace. */
export type TokenRefusal = 'malformed' | 'tampered' | 'replaced' | 'expired';

export type TokenReading = { ok: true; claim: AnswerClaim } | { ok: false; reason: TokenRefusal };

/** The longest token read: a claim of a few dozen characters and a 43-character signature. */
const MAX_TOKEN_LENGTH = 400;

export function writeAnswerToken(claim: AnswerClaim, sign: Sign): string {
  const text = toBase64Url(JSON.stringify(claim));
  return `${text}.${sign(text)}`;
}

/**
 * Reads a token and checks it, in this order: its shape, its signature (with the key of the
 * version it names), then its expiry. A token signed by a key since rotated away is `replaced`,
 * one whose signature does not match is `tampered`, even when only its score was changed.
 *
 * Only the current key is kept, so `key` is the current key's version and its `sign`.
 */
export function readAnswerToken(
  token: string,
  key: { version: number; sign: Sign },
  now: Date,
): TokenReading {
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'malformed' };
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return { ok: false, reason: 'malformed' };
  const [text, signature] = parts as [string, string];
  let decoded: unknown;
  try {
    decoded = JSON.parse(fromBase64Url(text));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  // The version is read before the signature is checked only to pick the key; nothing else is trusted.
  const version = z.object({ v: z.number().int().positive() }).safeParse(decoded);
  if (!version.success) return { ok: false, reason: 'malformed' };
  if (version.data.v !== key.version) {
    return { ok: false, reason: version.data.v < key.version ? 'replaced' : 'tampered' };
  }
  if (!sameText(key.sign(text), signature)) return { ok: false, reason: 'tampered' };
  const claim = answerClaimSchema.safeParse(decoded);
  if (!claim.success) return { ok: false, reason: 'malformed' };
  if (now.getTime() >= claim.data.x * 1000) return { ok: false, reason: 'expired' };
  return { ok: true, claim: claim.data };
}

/** Compares in time that depends on the length only, so a signature cannot be guessed byte by byte. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
