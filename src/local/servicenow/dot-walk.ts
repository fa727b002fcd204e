import { DICTIONARY, type FieldType } from './dictionary';
import type { InstanceStore, Row } from './instance-store';

/** A field path resolved against the dictionary: `assignment_group.name`, `instance.trigger_id`. */
export interface FieldPath {
  path: string;
  type: FieldType;
  /** The value on a row of the path's table: "" when a reference on the way is empty or dangling. */
  read(row: Row): string;
}

/**
 * Resolves a dotted path, each step but the last a reference; `undefined` for a path the
 * dictionary does not know (an invalid field), which queries then drop and field lists ignore.
 */
export function resolvePath(store: InstanceStore, table: string, path: string): FieldPath | undefined {
  const steps = path.split('.');
  const hops: Array<{ field: string; table: string }> = [];
  let current = table;
  let type: FieldType | undefined;
  for (const [index, field] of steps.entries()) {
    type = DICTIONARY[current]?.fields[field];
    if (type === undefined) return undefined;
    if (index < steps.length - 1) {
      if (type.kind !== 'reference') return undefined;
      hops.push({ field, table: type.table });
      current = type.table;
    }
  }
  const last = steps[steps.length - 1] as string;
  return {
    path,
    type: type as FieldType,
    read(row) {
      let at: Row | undefined = row;
      for (const hop of hops) {
        const id: string = at?.[hop.field] ?? '';
        at = id === '' ? undefined : store.get(hop.table, id);
        if (at === undefined) return '';
      }
      return at?.[last] ?? '';
    },
  };
}
