/**
 * Evaluates Forge's where/filter clauses against attribute values. Entity queries use them for the
 * range condition and for filters; entity transactions use them as compare-and-set conditions.
 */
import { errors } from './kvs-errors';
import type { Clause, FilterGroup, PropertyClause } from './wire';

const ARITY: Record<string, number> = {
  BEGINS_WITH: 1,
  BETWEEN: 2,
  CONTAINS: 1,
  NOT_CONTAINS: 1,
  EQUAL_TO: 1,
  NOT_EQUAL_TO: 1,
  EXISTS: 1,
  NOT_EXISTS: 1,
  GREATER_THAN: 1,
  GREATER_THAN_EQUAL_TO: 1,
  LESS_THAN: 1,
  LESS_THAN_EQUAL_TO: 1,
};

/** The conditions an index range accepts; filters accept all of ARITY's. */
export const RANGE_CONDITIONS = [
  'BEGINS_WITH',
  'BETWEEN',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
] as const;

export function checkClause(clause: Clause, allowed: readonly string[] = Object.keys(ARITY)): void {
  const arity = ARITY[clause.condition];
  if (arity === undefined || !allowed.includes(clause.condition)) throw errors.invalidFilterCondition();
  if (clause.condition === 'BETWEEN' && clause.values.length < 2) throw errors.insufficientFilterValues();
  if (clause.values.length !== arity) throw errors.invalidFilterValues();
}

/** Filters and conditions are either all `and` or all `or`, never both and never empty. */
export function clausesOf(group: FilterGroup): { operator: 'and' | 'or'; clauses: PropertyClause[] } {
  if (group.and !== undefined && group.or !== undefined) throw errors.invalidFilterOperatorsCombination();
  const operator = group.or !== undefined ? 'or' : 'and';
  const clauses = group[operator] ?? [];
  if (clauses.length === 0) throw errors.emptyFilterOperator();
  clauses.forEach((clause) => checkClause(clause));
  return { operator, clauses };
}

export function matchesGroup(group: FilterGroup, attributes: unknown): boolean {
  const { operator, clauses } = clausesOf(group);
  const test = (clause: PropertyClause) => matchesClause(clause, attributeOf(attributes, clause.property));
  return operator === 'and' ? clauses.every(test) : clauses.some(test);
}

/** A missing attribute satisfies only the negative conditions, like a sparse index in Forge's store. */
export function matchesClause(clause: Clause, actual: unknown): boolean {
  const [first, second] = clause.values;
  if (clause.condition === 'EXISTS') return actual !== undefined;
  if (clause.condition === 'NOT_EXISTS') return actual === undefined;
  if (actual === undefined) return clause.condition === 'NOT_EQUAL_TO' || clause.condition === 'NOT_CONTAINS';
  switch (clause.condition) {
    case 'EQUAL_TO':
      return compareValues(actual, first) === 0;
    case 'NOT_EQUAL_TO':
      return compareValues(actual, first) !== 0;
    case 'BEGINS_WITH':
      return typeof actual === 'string' && actual.startsWith(String(first));
    case 'CONTAINS':
      return contains(actual, first);
    case 'NOT_CONTAINS':
      return !contains(actual, first);
    case 'BETWEEN':
      return compareValues(actual, first) >= 0 && compareValues(actual, second) <= 0;
    case 'GREATER_THAN':
      return compareValues(actual, first) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return compareValues(actual, first) >= 0;
    case 'LESS_THAN':
      return compareValues(actual, first) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return compareValues(actual, first) <= 0;
    default:
      throw errors.invalidFilterCondition();
  }
}

/** Numbers compare numerically, strings by code unit; values of different types order by type name. */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a !== typeof b) return typeof a < typeof b ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const left = typeof a === 'string' ? a : JSON.stringify(a);
  const right = typeof b === 'string' ? b : JSON.stringify(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

export function attributeOf(value: unknown, property: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[property]
    : undefined;
}

function contains(actual: unknown, needle: unknown): boolean {
  if (typeof actual === 'string') return actual.includes(String(needle));
  if (Array.isArray(actual)) return actual.some((element) => compareValues(element, needle) === 0);
  return false;
}
