import type { FieldType } from './dictionary';
import { resolvePath, type FieldPath } from './dot-walk';
import type { InstanceStore, Row } from './instance-store';

/**
 * `sysparm_query` encoded queries (servicenow.md §1, [1][3][4]): terms joined by `^` (AND), `^OR`
 * (OR with the term before), `^NQ` (a new OR-group), `ORDERBY<field>` / `ORDERBYDESC<field>`
 * (chainable). Field names are lowercase and operators uppercase or symbols, which is how a term
 * splits. A term on a field the dictionary does not know is dropped silently, so more rows come
 * back — ServiceNow's behaviour unless `glide.invalid_query.returns_no_rows` is set.
 *
 * Operators: = != > >= < <= IN, NOT IN, LIKE, NOT LIKE, STARTSWITH, ENDSWITH, ISEMPTY, ISNOTEMPTY,
 * ANYTHING. Other ServiceNow operators (BETWEEN, ON, RELATIVE…, `javascript:` values) are refused
 * with a 400 naming them: this simulation does not evaluate them, and a silent wrong answer would
 * hide the gap.
 */

type Operator =
  | '='
  | '!='
  | '>'
  | '>='
  | '<'
  | '<='
  | 'IN'
  | 'NOT IN'
  | 'LIKE'
  | 'NOT LIKE'
  | 'STARTSWITH'
  | 'ENDSWITH'
  | 'ISEMPTY'
  | 'ISNOTEMPTY'
  | 'ANYTHING';

// Longest first, so `>=` wins over `>` and `NOT IN` over nothing.
const OPERATORS: Operator[] = [
  '>=',
  '<=',
  '!=',
  '>',
  '<',
  '=',
  'NOT IN',
  'NOT LIKE',
  'IN',
  'LIKE',
  'STARTSWITH',
  'ENDSWITH',
  'ISNOTEMPTY',
  'ISEMPTY',
  'ANYTHING',
];

const NOT_SIMULATED =
  /^(BETWEEN|NOTON|ON|RELATIVE\w*|DATEPART|SAMEAS|NSAMEAS|VALCHANGES|CHANGESFROM|CHANGESTO|DYNAMIC|MORETHAN|LESSTHAN|EMPTYSTRING|GT_FIELD|LT_FIELD|GT_OR_EQUALS_FIELD|LT_OR_EQUALS_FIELD|IN HIERARCHY)/;

interface Condition {
  field: FieldPath;
  op: Operator;
  value: string;
}

export interface EncodedQuery {
  /** OR-groups (`^NQ`) of AND-clauses, each clause an OR of conditions. No groups = every row. */
  groups: Condition[][][];
  order: Array<{ field: FieldPath; descending: boolean }>;
}

export type QueryParse = { ok: true; query: EncodedQuery } | { ok: false; message: string };

export function parseQuery(store: InstanceStore, table: string, text: string): QueryParse {
  const groups: Condition[][][] = [[]];
  const order: EncodedQuery['order'] = [];
  for (const raw of text === '' ? [] : text.split('^')) {
    let token = raw;
    if (token === '' || token === 'EQ') continue;
    const orderBy = /^ORDERBY(DESC)?(.+)$/.exec(token);
    if (orderBy) {
      const field = resolvePath(store, table, orderBy[2] as string);
      if (field) order.push({ field, descending: orderBy[1] !== undefined });
      continue;
    }
    let joinWithOr = false;
    if (token.startsWith('NQ')) {
      groups.push([]);
      token = token.slice(2);
    } else if (token.startsWith('OR')) {
      joinWithOr = true;
      token = token.slice(2);
    }
    const term = parseTerm(store, table, token);
    if (!term.ok) return term;
    if (term.condition === undefined) continue;
    const clauses = groups[groups.length - 1] as Condition[][];
    const last = clauses[clauses.length - 1];
    if (joinWithOr && last) last.push(term.condition);
    else clauses.push([term.condition]);
  }
  return { ok: true, query: { groups: groups.filter((g, i) => g.length > 0 || i === 0), order } };
}

function parseTerm(
  store: InstanceStore,
  table: string,
  token: string,
): { ok: true; condition?: Condition } | { ok: false; message: string } {
  const name = /^[a-z0-9_.]+/.exec(token)?.[0] ?? '';
  const rest = token.slice(name.length);
  const op = OPERATORS.find((candidate) => rest.startsWith(candidate));
  if (op === undefined || NOT_SIMULATED.test(rest)) {
    return { ok: false, message: `The simulated instance does not evaluate the query term "${token}"` };
  }
  const value = rest.slice(op.length);
  if (value.startsWith('javascript:')) {
    return { ok: false, message: `The simulated instance does not run scripts in queries: "${token}"` };
  }
  const field = resolvePath(store, table, name);
  return { ok: true, condition: field && { field, op, value } };
}

export function matchesEncodedQuery(row: Row, query: EncodedQuery): boolean {
  const holds = (clauses: Condition[][]) => clauses.every((clause) => clause.some((c) => test(row, c)));
  return query.groups.some(holds);
}

function test(row: Row, { field, op, value }: Condition): boolean {
  const actual = field.read(row);
  switch (op) {
    case '=':
      return compareByType(field.type, actual, value) === 0;
    case '!=':
      return compareByType(field.type, actual, value) !== 0;
    case '>':
    case '>=':
    case '<':
    case '<=': {
      if (actual === '') return false;
      const order = compareByType(field.type, actual, value);
      return op === '>' ? order > 0 : op === '>=' ? order >= 0 : op === '<' ? order < 0 : order <= 0;
    }
    case 'IN':
      return value.split(',').some((item) => compareByType(field.type, actual, item) === 0);
    case 'NOT IN':
      return value.split(',').every((item) => compareByType(field.type, actual, item) !== 0);
    case 'LIKE':
      return actual.includes(value);
    case 'NOT LIKE':
      return !actual.includes(value);
    case 'STARTSWITH':
      return actual.startsWith(value);
    case 'ENDSWITH':
      return actual.endsWith(value);
    case 'ISEMPTY':
      return actual === '';
    case 'ISNOTEMPTY':
      return actual !== '';
    case 'ANYTHING':
      return true;
  }
}

const numeric = (type: FieldType) =>
  type.kind === 'integer' || type.kind === 'decimal' || (type.kind === 'choice' && type.numeric === true);

/** Numbers compare as numbers; date-times and durations in their raw form sort as text. */
export function compareByType(type: FieldType, a: string, b: string): number {
  if (numeric(type) && a !== '' && b !== '') {
    const x = Number(a);
    const y = Number(b);
    if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts by the query's ORDERBY fields (empty values first, as the database does), stably. */
export function orderRows(rows: Row[], query: EncodedQuery): Row[] {
  if (query.order.length === 0) return rows;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      for (const { field, descending } of query.order) {
        const a = field.read(x.row);
        const b = field.read(y.row);
        const order = a === b ? 0 : a === '' ? -1 : b === '' ? 1 : compareByType(field.type, a, b);
        if (order !== 0) return descending ? -order : order;
      }
      return x.index - y.index;
    })
    .map(({ row }) => row);
}
