/**
 * The tokens of the Jira-expression subset the local runtime evaluates. Anything else Jira
 * expressions allow (arithmetic, `<`, `?:`, template literals, `let`, `new`, …) is reported as
 * unsupported, so a manifest that uses it fails at startup instead of being half-understood.
 */
export type Token =
  | { kind: 'identifier'; text: string; at: number }
  | { kind: 'number'; value: number; text: string; at: number }
  | { kind: 'string'; value: string; text: string; at: number }
  | { kind: 'punctuator'; text: Punctuator; at: number }
  | { kind: 'end'; text: ''; at: number };

const PUNCTUATORS = ['?.', '=>', '==', '!=', '&&', '||', '.', '(', ')', '[', ']', ',', '!'] as const;
export type Punctuator = (typeof PUNCTUATORS)[number];

/** A manifest expression the local runtime cannot take: the position is a 1-based column. */
export class ExpressionSyntaxError extends Error {
  constructor(
    readonly expression: string,
    readonly column: number,
    detail: string,
  ) {
    super(`${detail} (column ${column} of "${expression}")`);
    this.name = 'ExpressionSyntaxError';
  }
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '/': '/',
};

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const fail = (at: number, detail: string): never => {
    throw new ExpressionSyntaxError(source, at + 1, detail);
  };
  let at = 0;
  while (at < source.length) {
    const char = source[at]!;
    if (/\s/.test(char)) {
      at += 1;
      continue;
    }
    if (/[A-Za-z_$]/.test(char)) {
      const text = /^[A-Za-z_$][\w$]*/.exec(source.slice(at))![0];
      tokens.push({ kind: 'identifier', text, at });
      at += text.length;
      continue;
    }
    if (/[0-9]/.test(char)) {
      const text = /^[0-9]+(\.[0-9]+)?/.exec(source.slice(at))![0];
      tokens.push({ kind: 'number', value: Number(text), text, at });
      at += text.length;
      continue;
    }
    if (char === "'" || char === '"') {
      const start = at;
      let value = '';
      at += 1;
      while (source[at] !== char) {
        if (at >= source.length) fail(start, 'Unterminated string');
        if (source[at] === '\\') {
          const next = source[at + 1] ?? '';
          if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(at + 2, at + 6))) {
            value += String.fromCharCode(parseInt(source.slice(at + 2, at + 6), 16));
            at += 6;
            continue;
          }
          const escaped = ESCAPES[next];
          if (escaped === undefined) fail(at, `Unsupported escape \\${next}`);
          value += escaped;
          at += 2;
          continue;
        }
        value += source[at];
        at += 1;
      }
      at += 1;
      tokens.push({ kind: 'string', value, text: source.slice(start, at), at: start });
      continue;
    }
    // `?.` followed by a digit would be the conditional operator, which is not supported anyway.
    const punctuator = PUNCTUATORS.find((candidate) => source.startsWith(candidate, at));
    if (
      punctuator &&
      !(punctuator === '==' && source[at + 2] === '=') &&
      !(punctuator === '!=' && source[at + 2] === '=')
    ) {
      tokens.push({ kind: 'punctuator', text: punctuator, at });
      at += punctuator.length;
      continue;
    }
    const shown = /^(===|!==|[^\s\w$'"])+/.exec(source.slice(at))?.[0] ?? char;
    fail(at, `Unsupported syntax "${shown}"`);
  }
  tokens.push({ kind: 'end', text: '', at: source.length });
  return tokens;
}
