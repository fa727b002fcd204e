/**
 * The keys of one space in key order, so a prefix query can find its first key by binary search and
 * read only the page it returns, however many other keys are stored. Keys compare by UTF-16 code unit
 * (JavaScript's `<`), the order query results come in.
 *
 * The keys are held in a list of sorted chunks (a one-level B-tree, like Python's sortedcontainers):
 * placing a key moves at most one chunk's worth of keys, where one sorted array of a million keys
 * would move half a million on every random insert.
 *
 * Placing a key among a million costs a few microseconds, mostly cache misses on the twenty keys it is
 * compared with, which would double the time to seed a large store one key at a time. So added keys
 * wait, unsorted, until the index is next read or a key is deleted: a few are then placed one by one,
 * many are sorted together and merged in one pass.
 */

/** A chunk is split in two once it holds this many keys. */
const MAX_CHUNK = 1024;
/** Waiting keys are merged in one pass, rather than placed one by one, once there are this many per key held. */
const MERGE_RATIO = 1 / 16;

export class SortedKeys {
  /** Non-empty sorted chunks, each one's keys all below the next one's. */
  private chunks: string[][] = [];
  private placed = 0;
  /** Keys added but not yet placed in `chunks`, in no order. */
  private waiting: string[] = [];

  get size(): number {
    return this.placed + this.waiting.length;
  }

  /** Adds a key, which must not be in the index already. */
  add(key: string): void {
    this.waiting.push(key);
  }

  /** Removes a key; returns false if it was not there. */
  delete(key: string): boolean {
    this.settle();
    const c = this.chunkFor(key);
    const chunk = this.chunks[c];
    if (chunk === undefined) return false;
    const i = lowerBound(chunk, key);
    if (chunk[i] !== key) return false;
    chunk.splice(i, 1);
    if (chunk.length === 0) this.chunks.splice(c, 1);
    this.placed -= 1;
    return true;
  }

  /**
   * The keys from `start` on, in order: from the first key at or above it, or strictly above it when
   * `exclusive`. The index must not change while the iteration runs.
   */
  from(start: string, exclusive = false): Iterable<string> {
    this.settle();
    return this.walk(start, exclusive);
  }

  private *walk(start: string, exclusive: boolean): Generator<string> {
    // The chunk `start` falls in; when it is that chunk's last key and `exclusive`, `i` runs off the end.
    let c = this.chunkFor(start);
    const first = this.chunks[c];
    if (first === undefined) return;
    let i = exclusive ? upperBound(first, start) : lowerBound(first, start);
    for (; c < this.chunks.length; c += 1, i = 0) {
      const chunk = this.chunks[c] as string[];
      for (; i < chunk.length; i += 1) yield chunk[i] as string;
    }
  }

  /** Places the waiting keys. */
  private settle(): void {
    const waiting = this.waiting;
    if (waiting.length === 0) return;
    this.waiting = [];
    if (waiting.length < this.placed * MERGE_RATIO) {
      for (const key of waiting) this.place(key);
      return;
    }
    // The default sort compares strings by UTF-16 code unit, as `<` does.
    waiting.sort();
    const merged: string[] = [];
    let w = 0;
    for (const chunk of this.chunks) {
      for (const key of chunk) {
        while (w < waiting.length && (waiting[w] as string) < key) merged.push(waiting[w++] as string);
        merged.push(key);
      }
    }
    while (w < waiting.length) merged.push(waiting[w++] as string);
    this.chunks = [];
    for (let at = 0; at < merged.length; at += MAX_CHUNK / 2) {
      this.chunks.push(merged.slice(at, at + MAX_CHUNK / 2));
    }
    this.placed = merged.length;
  }

  private place(key: string): void {
    this.placed += 1;
    if (this.chunks.length === 0) {
      this.chunks.push([key]);
      return;
    }
    // A key above every other goes at the end of the last chunk.
    const c = Math.min(this.chunkFor(key), this.chunks.length - 1);
    const chunk = this.chunks[c] as string[];
    chunk.splice(lowerBound(chunk, key), 0, key);
    if (chunk.length >= MAX_CHUNK) {
      this.chunks.splice(c, 1, chunk.slice(0, MAX_CHUNK / 2), chunk.slice(MAX_CHUNK / 2));
    }
  }

  /** The first chunk whose last key is at or above `key`; `chunks.length` if none. */
  private chunkFor(key: string): number {
    return firstWhere(this.chunks.length, (mid) => (this.chunks[mid]!.at(-1) as string) >= key);
  }
}

/** The index of the first key at or above `key`. */
const lowerBound = (keys: readonly string[], key: string) =>
  firstWhere(keys.length, (mid) => (keys[mid] as string) >= key);

/** The index of the first key above `key`. */
const upperBound = (keys: readonly string[], key: string) =>
  firstWhere(keys.length, (mid) => (keys[mid] as string) > key);

/** Binary search: the first index in [0, length) where `holds` is true (it stays true after), else `length`. */
function firstWhere(length: number, holds: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (holds(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
