/**
 * Items with a TTL in the order they expire (a binary min-heap on `at`), so the store can drop what
 * has expired without looking at everything it holds. Entries are not removed when their item is
 * overwritten or deleted; the store skips such stale entries when they come due, and `retain` clears
 * them out when they pile up.
 */
export class ExpiryQueue<T extends { at: number }> {
  private heap: T[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(entry: T): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >>> 1;
      if ((heap[parent] as T).at <= entry.at) break;
      heap[i] = heap[parent] as T;
      i = parent;
    }
    heap[i] = entry;
  }

  /** Removes and returns the earliest entry if it is due (`at <= now`). */
  popDue(now: number): T | undefined {
    const heap = this.heap;
    const top = heap[0];
    if (top === undefined || top.at > now) return undefined;
    const last = heap.pop() as T;
    if (heap.length > 0) {
      heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  /** Keeps only the entries `keep` accepts. */
  retain(keep: (entry: T) => boolean): void {
    this.heap = this.heap.filter(keep);
    for (let i = (this.heap.length >>> 1) - 1; i >= 0; i -= 1) this.siftDown(i);
  }

  clear(): void {
    this.heap = [];
  }

  private siftDown(start: number): void {
    const heap = this.heap;
    const entry = heap[start] as T;
    let i = start;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heap.length) break;
      const right = child + 1;
      if (right < heap.length && (heap[right] as T).at < (heap[child] as T).at) child = right;
      if ((heap[child] as T).at >= entry.at) break;
      heap[i] = heap[child] as T;
      i = child;
    }
    heap[i] = entry;
  }
}
