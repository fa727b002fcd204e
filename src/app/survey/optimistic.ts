/**
 * Runs a read–decide–commit step until it commits. A conflict means someone else changed the same
 * ticket between our read and our write; re-reading and deciding again is always safe because
 * every decision is a pure function of what was read. After `attempts` conflicts in a row the
 * step fails loudly rather than looping: the platform records the invocation as failed.
 */
export async function untilCommitted<T>(
  step: () => Promise<{ outcome: 'conflict' } | { outcome: 'done'; value: T }>,
  attempts = 8,
): Promise<T> {
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const result = await step();
    if (result.outcome === 'done') return result.value;
  }
  throw new Error(`The ticket kept changing under ${attempts} attempts to update it.`);
}

export const done = <T>(value: T) => ({ outcome: 'done' as const, value });
export const conflict = { outcome: 'conflict' as const };
