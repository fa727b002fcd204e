/**
 * Evaluates a parsed expression over JSON data with the rules of Jira expressions
 * (https://developer.atlassian.com/cloud/jira/platform/jira-expressions/), not JavaScript's:
 *
 * - Property access fails when the value on the left is null ("Type null does not have any
 *   properties") or does not have the property; JavaScript would answer `undefined` and go on.
 *   The failure is an error of the whole expression, which is what drops a filtered event.
 * - Optional chaining `?.` is the documented way around both: when the left side is null, or has
 *   no such property, the result is null, and (as in JavaScript) the rest of the chain is skipped.
 * - `==` and `!=` compare values: strings, numbers and booleans by value, lists and objects
 *   element by element; values of different types are never equal.
 * - `!`, `&&` and `||` take JavaScript's truthiness (null, false, 0 and "" are false) and
 *   short-circuit: the right side is not evaluated when the left decides.
 * - `some`, `every` and `filter` need a Boolean from their function; `includes` compares like
 *   `==`; `length` counts a list's items or a string's characters. Calling a list method on
 *   anything but a list fails.
 */
import type { Node, Parsed } from './parse';

/** An expression that failed while evaluating: for a trigger filter, the event is dropped. */
export class ExpressionEvaluationError extends Error {
  constructor(
    readonly expression: string,
    detail: string,
  ) {
    super(`${detail} (evaluating "${expression}")`);
    this.name = 'ExpressionEvaluationError';
  }
}

type Value = null | boolean | number | string | Value[] | { [key: string]: Value };
type Scope = ReadonlyMap<string, Value>;

/** Skips the rest of an optional chain whose left side was null or missing. */
const SKIPPED = Symbol('skipped');

export function evaluate(parsed: Parsed, variables: Record<string, unknown>): unknown {
  const scope = new Map(Object.entries(variables).map(([name, value]) => [name, toValue(value)]));
  return new Evaluator(parsed.source).value(parsed.root, scope);
}

class Evaluator {
  constructor(private readonly source: string) {}

  value(node: Node, scope: Scope): Value {
    const result = this.chain(node, scope);
    return result === SKIPPED ? null : result;
  }

  /** Members and calls pass SKIPPED up their chain; every other node ends a chain. */
  private chain(node: Node, scope: Scope): Value | typeof SKIPPED {
    switch (node.type) {
      case 'literal':
        return node.value;
      case 'list':
        return node.items.map((item) => this.value(item, scope));
      case 'variable':
        return scope.get(node.name) ?? null;
      case 'not':
        return !truthy(this.value(node.operand, scope));
      case 'binary':
        return this.binary(node, scope);
      case 'arrow':
        return this.fail('An arrow function is not a value');
      case 'member': {
        const object = this.chain(node.object, scope);
        if (object === SKIPPED) return SKIPPED;
        const property = typeof node.property === 'string' ? node.property : this.value(node.property, scope);
        return this.member(object, property, node.optional, node.source);
      }
      case 'call': {
        const object = this.chain(node.object, scope);
        if (object === SKIPPED) return SKIPPED;
        if (object === null && node.optional) return SKIPPED;
        return this.call(object, node, scope);
      }
    }
  }

  private binary(node: Extract<Node, { type: 'binary' }>, scope: Scope): Value {
    const left = this.value(node.left, scope);
    switch (node.operator) {
      case '&&':
        return truthy(left) ? this.value(node.right, scope) : left;
      case '||':
        return truthy(left) ? left : this.value(node.right, scope);
      case '==':
        return equal(left, this.value(node.right, scope));
      case '!=':
        return !equal(left, this.value(node.right, scope));
    }
  }

  private member(object: Value, property: Value, optional: boolean, source: string): Value | typeof SKIPPED {
    if (object === null) {
      return optional ? SKIPPED : this.fail(`Type null does not have any properties (${source})`);
    }
    if (property === 'length' && (typeof object === 'string' || Array.isArray(object))) return object.length;
    if (Array.isArray(object)) {
      if (
        typeof property === 'number' &&
        Number.isInteger(property) &&
        property >= 0 &&
        property < object.length
      ) {
        return object[property]!;
      }
      return optional ? null : this.fail(`List has no element ${JSON.stringify(property)} (${source})`);
    }
    if (typeof object === 'object' && typeof property === 'string') {
      if (Object.hasOwn(object, property)) return object[property]!;
      return optional ? null : this.fail(`Property "${property}" does not exist (${source})`);
    }
    return optional
      ? null
      : this.fail(
          `Type ${typeName(object)} does not have the property ${JSON.stringify(property)} (${source})`,
        );
  }

  private call(object: Value, node: Extract<Node, { type: 'call' }>, scope: Scope): Value {
    const [argument] = node.args;
    if (node.method === 'includes') {
      const needle = this.value(argument!, scope);
      if (typeof object === 'string' && typeof needle === 'string') return object.includes(needle);
      if (Array.isArray(object)) return object.some((item) => equal(item, needle));
      return this.fail(`includes() cannot be called on ${typeName(object)} (${node.source})`);
    }
    if (!Array.isArray(object))
      return this.fail(`${node.method}() cannot be called on ${typeName(object)} (${node.source})`);
    const fn = argument as Extract<Node, { type: 'arrow' }>;
    const apply = (item: Value) => this.value(fn.body, new Map([...scope, [fn.param, item]]));
    const test = (item: Value): boolean => {
      const result = apply(item);
      if (typeof result !== 'boolean') {
        return this.fail(
          `The function given to ${node.method}() returned ${typeName(result)}, not a Boolean (${node.source})`,
        );
      }
      return result;
    };
    switch (node.method) {
      case 'some':
        return object.some(test);
      case 'every':
        return object.every(test);
      case 'filter':
        return object.filter(test);
      case 'map':
        return object.map(apply);
    }
  }

  private fail(detail: string): never {
    throw new ExpressionEvaluationError(this.source, detail);
  }
}

function truthy(value: Value): boolean {
  return !(value === null || value === false || value === 0 || value === '');
}

function equal(a: Value, b: Value): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => equal(item, b[i]!))
    );
  }
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && equal(a[key]!, b[key]!))
  );
}

function typeName(value: Value): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'List';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return 'Number';
  return typeof value === 'string' ? 'String' : 'Map';
}

/** JSON data as the expression sees it: `undefined` fields are absent, as they are on the wire. */
function toValue(data: unknown): Value {
  return JSON.parse(JSON.stringify(data ?? null)) as Value;
}
