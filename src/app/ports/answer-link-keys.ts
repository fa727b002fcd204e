import type { Sign } from '../../domain/survey/answer-token';

/** The key one-click answer links are signed with: its version and what it signs with. */
export interface SigningKey {
  version: number;
  sign: Sign;
}

/**
 * The app's signing key for one-click answer links, kept as an app secret. Only the current key is
 * kept: rotating it makes every link signed before unusable (they then get a "replaced" page).
 */
export interface AnswerLinkKeys {
  /** The current key, made on first use. */
  current(): Promise<SigningKey>;
  /** The current key, or `null` when none was ever made (no link can have been signed). */
  existing(): Promise<SigningKey | null>;
  /** Replaces the key with a new one and answers its version. */
  rotate(): Promise<{ version: number; rotatedAt: string }>;
  /** When the current key was made, or `null` when there is none. */
  status(): Promise<{ version: number; createdAt: string } | null>;
}
