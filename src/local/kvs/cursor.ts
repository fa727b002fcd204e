/**
 * Opaque cursors: the position of the last item returned, base64url-encoded. Resuming after a
 * position, rather than at an offset, keeps every item returned once even when keys are added or
 * removed between pages.
 */
import { z } from 'zod';
import { errors } from './kvs-errors';

const position = z.object({ k: z.string(), r: z.unknown().optional() });
export type Position = z.infer<typeof position>;

export function encodeCursor(at: Position): string {
  return Buffer.from(JSON.stringify(at), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): Position {
  try {
    return position.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw errors.invalidCursor();
  }
}

/**
 * One page of `sorted` after the cursor's position. `after(item, at)` says whether an item sorts after
 * the position; a cursor is returned only when more items follow the page, as Forge does.
 */
export function paginate<T>(
  sorted: readonly T[],
  limit: number,
  cursor: string | undefined,
  after: (item: T, at: Position) => boolean,
  positionOf: (item: T) => Position,
): { page: T[]; nextCursor?: string } {
  const at = cursor === undefined ? undefined : decodeCursor(cursor);
  const start = at === undefined ? 0 : sorted.findIndex((item) => after(item, at));
  const rest = start < 0 ? [] : sorted.slice(start);
  const page = rest.slice(0, limit);
  const last = page[page.length - 1];
  return rest.length > limit && last !== undefined
    ? { page, nextCursor: encodeCursor(positionOf(last)) }
    : { page };
}
