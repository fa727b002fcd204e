import { DICTIONARY } from './dictionary';
import { resolvePath, type FieldPath } from './dot-walk';
import type { InstanceStore, Row } from './instance-store';

export type DisplayMode = 'false' | 'true' | 'all';

export interface RenderOptions {
  display: DisplayMode;
  excludeReferenceLink: boolean;
  /** The instance origin, for reference links. */
  origin: string;
}

/**
 * The requested fields of a table: `sysparm_fields` (unknown names ignored, dot-walks kept under
 * their literal dotted key [2]) or, without it, every field of the table.
 */
export function selectFields(store: InstanceStore, table: string, sysparmFields: string | null): FieldPath[] {
  const names =
    sysparmFields === null || sysparmFields.trim() === ''
      ? Object.keys(DICTIONARY[table]?.fields ?? {})
      : sysparmFields.split(',').map((name) => name.trim());
  const unique = [...new Set(names)];
  return unique.flatMap((name) => resolvePath(store, table, name) ?? []);
}

/**
 * One row as the Table API writes it. Raw mode: every value a string; a reference is
 * `{link, value}` unless `sysparm_exclude_reference_link=true` (then the bare sys_id), and "" when
 * empty. `true`: display values (choice labels, the referenced record's display field; date-times
 * in the integration user's zone, here GMT, so unchanged). `all`: `{display_value, value}` plus
 * `link` for references [1][2].
 */
export function renderRow(
  store: InstanceStore,
  row: Row,
  fields: FieldPath[],
  options: RenderOptions,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = field.read(row);
    const type = field.type;
    const link =
      type.kind === 'reference' && value !== '' && !options.excludeReferenceLink
        ? `${options.origin}/api/now/table/${type.table}/${value}`
        : undefined;
    const display = () => {
      if (type.kind === 'choice') return type.labels[value] ?? value;
      if (type.kind === 'reference') {
        const target = value === '' ? undefined : store.get(type.table, value);
        const displayField = DICTIONARY[type.table]?.display ?? 'sys_id';
        return target?.[displayField] ?? '';
      }
      return value;
    };
    if (options.display === 'false') out[field.path] = link ? { link, value } : value;
    else if (options.display === 'true')
      out[field.path] = link ? { link, display_value: display() } : display();
    else
      out[field.path] = link
        ? { display_value: display(), link, value }
        : { display_value: display(), value };
  }
  return out;
}
