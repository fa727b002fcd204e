/**
 * jira.js names JSM's `_links` and `_expands` as `Links` and `Expands` in its models; on the wire
 * they keep the underscore. `Wire<T>` renames them (recursively) so answers are typed against the
 * maintained models yet serialise exactly as JSM does.
 */
type WireKey<K> = K extends 'Links' ? '_links' : K extends 'Expands' ? '_expands' : K;

export type Wire<T> = T extends readonly (infer U)[]
  ? Wire<U>[]
  : T extends object
    ? { [K in keyof T as WireKey<K>]: Wire<T[K]> }
    : T;

/** Jira sends `null` where the models say "optional": changelog values, an unassigned assignee. */
export type WithNull<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> | null };

/** Where self links point: the local site's origin ('' gives root-relative links). */
export interface LinkBase {
  baseUrl: string;
}
