import { surveyId } from './survey';

/**
 * A 32-bit hash of a string that is the same in every runtime and every run: FNV-1a over the
 * UTF-16 units, then the MurmurHash3 finaliser, because plain FNV-1a leaves neighbouring ids
 * (10001, 10002, …) too close together in the high bits a share is read from.
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * The sampling draw of one resolution, uniform in [0, 1). It depends only on the issue and the
 * changelog, so a redelivered event gets the same decision, and a new resolution after a reopen
 * gets a fresh draw.
 */
export function samplingDraw(issueId: string, changelogId: string): number {
  return stableHash(surveyId(issueId, changelogId)) / 2 ** 32;
}

/**
 * Whether a draw falls in the sampled share. 100 % samples every draw, 0 % none.
 *
 * @param draw in [0, 1); values outside are clamped by the comparison (≥ 1 is never sampled below 100 %).
 * @param percent 0–100.
 */
export function isSampled(draw: number, percent: number): boolean {
  return percent >= 100 || draw * 100 < percent;
}
