/**
 * A recursive-descent parser for the Jira-expression subset used in trigger filters: literals
 * (strings, numbers, `true`, `false`, `null`, lists), the context variable `event`, static and
 * computed member access with `.`, `?.` and `[…]`, `==` and `!=`, `!`, `&&` and `||` (JavaScript
 * precedence), parentheses, the list methods `some`, `every`, `filter`, `map` and `includes`
 * (`includes` also on strings), arrow functions as their argument, and `.length`. Everything is
 * checked once, when the manifest is loaded: unknown variables, unknown methods, arrow functions
 * out of place and the documented length limit are refused there, with the column.
 */
import { ExpressionSyntaxError, tokenize, type Punctuator, type Token } from './tokens';

export type Node =
  | { type: 'literal'; value: null | boolean | number | string }
  | { type: 'list'; items: Node[] }
  | { type: 'variable'; name: string }
  | { type: 'member'; object: Node; property: string | Node; optional: boolean; source: string }
  | { type: 'call'; object: Node; method: Method; args: Node[]; optional: boolean; source: string }
  | { type: 'arrow'; param: string; body: Node }
  | { type: 'not'; operand: Node }
  | { type: 'binary'; operator: '==' | '!=' | '&&' | '||'; left: Node; right: Node };

const LITERAL_WORDS = ['true', 'false', 'null'];

export const METHODS = ['some', 'every', 'filter', 'map', 'includes'] as const;
export type Method = (typeof METHODS)[number];

/**
 * "The expression's length is limited to 1,000 characters" (Jira expressions, Restrictions:
 * https://developer.atlassian.com/cloud/jira/platform/jira-expressions/).
 */
export const MAX_EXPRESSION_LENGTH = 1000;

export interface Parsed {
  source: string;
  root: Node;
}

/** Parses and checks an expression whose only context variable is `variables` (e.g. `event`). */
export function parseExpression(source: string, variables: readonly string[]): Parsed {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionSyntaxError(
      source.slice(0, 40) + '…',
      MAX_EXPRESSION_LENGTH + 1,
      `Jira expression is too long (${source.length}), limit: ${MAX_EXPRESSION_LENGTH} characters`,
    );
  }
  const parser = new Parser(source, tokenize(source));
  const root = parser.expression(new Set(variables));
  parser.expectEnd();
  return { source, root };
}

class Parser {
  private index = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
  ) {}

  expression(scope: ReadonlySet<string>): Node {
    return this.or(scope);
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.kind !== 'end') this.fail(token, `Unexpected ${describe(token)} after the expression`);
  }

  private or(scope: ReadonlySet<string>): Node {
    let left = this.and(scope);
    while (this.accept('||')) left = { type: 'binary', operator: '||', left, right: this.and(scope) };
    return left;
  }

  private and(scope: ReadonlySet<string>): Node {
    let left = this.equality(scope);
    while (this.accept('&&')) left = { type: 'binary', operator: '&&', left, right: this.equality(scope) };
    return left;
  }

  private equality(scope: ReadonlySet<string>): Node {
    let left = this.unary(scope);
    for (;;) {
      const operator = this.accept('==') ? '==' : this.accept('!=') ? '!=' : null;
      if (!operator) return left;
      left = { type: 'binary', operator, left, right: this.unary(scope) };
    }
  }

  private unary(scope: ReadonlySet<string>): Node {
    if (this.accept('!')) return { type: 'not', operand: this.unary(scope) };
    return this.postfix(scope);
  }

  private postfix(scope: ReadonlySet<string>): Node {
    const start = this.peek().at;
    let node = this.primary(scope);
    for (;;) {
      const optional = this.accept('?.');
      if (optional || this.accept('.')) {
        const computed = optional && this.accept('[');
        if (computed) {
          const property = this.expression(scope);
          this.expect(']');
          node = { type: 'member', object: node, property, optional, source: this.sourceFrom(start) };
          continue;
        }
        const name = this.next();
        if (name.kind !== 'identifier') this.fail(name, `A property name is expected, not ${describe(name)}`);
        if (this.peekIs('(')) {
          node = this.call(node, name, optional, scope, start);
          continue;
        }
        node = {
          type: 'member',
          object: node,
          property: name.text,
          optional,
          source: this.sourceFrom(start),
        };
        continue;
      }
      if (this.accept('[')) {
        const property = this.expression(scope);
        this.expect(']');
        node = { type: 'member', object: node, property, optional: false, source: this.sourceFrom(start) };
        continue;
      }
      if (this.peekIs('('))
        this.fail(this.peek(), 'Only the methods some, every, filter, map and includes can be called');
      return node;
    }
  }

  private call(
    object: Node,
    name: Token,
    optional: boolean,
    scope: ReadonlySet<string>,
    start: number,
  ): Node {
    const method = METHODS.find((candidate) => candidate === name.text);
    if (!method) {
      this.fail(name, `Unsupported method ${name.text}(): only ${METHODS.join(', ')} are evaluated locally`);
    }
    this.expect('(');
    const args: Node[] = [];
    if (!this.peekIs(')')) {
      do args.push(method === 'includes' ? this.expression(scope) : this.arrow(scope));
      while (this.accept(','));
    }
    this.expect(')');
    if (args.length !== 1) this.fail(name, `${method}() takes exactly one argument`);
    return { type: 'call', object, method: method!, args, optional, source: this.sourceFrom(start) };
  }

  /** `x => body` or `(x) => body`: the only place an arrow function may stand. */
  private arrow(scope: ReadonlySet<string>): Node {
    const first = this.peek();
    const parenthesised = this.accept('(');
    const param = this.next();
    if (param.kind !== 'identifier' || LITERAL_WORDS.includes(param.text)) {
      this.fail(param, 'An arrow function with one parameter is expected here');
    }
    if (parenthesised) this.expect(')');
    this.expect('=>');
    if (scope.has(param.text))
      this.fail(first, `The parameter ${param.text} hides a variable of the same name`);
    return { type: 'arrow', param: param.text, body: this.expression(new Set([...scope, param.text])) };
  }

  private primary(scope: ReadonlySet<string>): Node {
    const token = this.next();
    if (token.kind === 'string' || token.kind === 'number') return { type: 'literal', value: token.value };
    if (token.kind === 'identifier') {
      if (token.text === 'true' || token.text === 'false')
        return { type: 'literal', value: token.text === 'true' };
      if (token.text === 'null') return { type: 'literal', value: null };
      if (this.peekIs('=>'))
        this.fail(token, 'An arrow function can only be the argument of some, every, filter or map');
      if (!scope.has(token.text)) {
        this.fail(
          token,
          `Unknown variable ${token.text}: the context variable is ${[...scope][0] ?? 'none'}`,
        );
      }
      return { type: 'variable', name: token.text };
    }
    if (token.kind === 'punctuator' && token.text === '(') {
      const inner = this.expression(scope);
      if (this.peekIs('=>') || this.peekIs(',')) {
        this.fail(this.peek(), 'An arrow function can only be the argument of some, every, filter or map');
      }
      this.expect(')');
      return inner;
    }
    if (token.kind === 'punctuator' && token.text === '[') {
      const items: Node[] = [];
      if (!this.peekIs(']')) {
        do items.push(this.expression(scope));
        while (this.accept(','));
      }
      this.expect(']');
      return { type: 'list', items };
    }
    return this.fail(token, `Unexpected ${describe(token)}`);
  }

  private sourceFrom(start: number): string {
    const end = this.tokens[this.index - 1]!;
    return this.source.slice(start, end.at + (end.kind === 'end' ? 0 : end.text.length));
  }

  private peek(): Token {
    return this.tokens[this.index]!;
  }

  private peekIs(text: Punctuator): boolean {
    const token = this.peek();
    return token.kind === 'punctuator' && token.text === text;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private accept(text: Punctuator): boolean {
    if (!this.peekIs(text)) return false;
    this.index += 1;
    return true;
  }

  private expect(text: Punctuator): void {
    if (!this.accept(text)) this.fail(this.peek(), `"${text}" is expected, not ${describe(this.peek())}`);
  }

  private fail(token: Token, detail: string): never {
    throw new ExpressionSyntaxError(this.source, token.at + 1, detail);
  }
}

function describe(token: Token): string {
  return token.kind === 'end' ? 'the end of the expression' : `"${token.text}"`;
}
