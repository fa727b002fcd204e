import type { RequestRecord } from './model';
import type { SiteStore } from './site-store';

/**
 * The JQL this site understands — a small, documented subset of Jira's, enough for the app's
 * searches. Anything else is refused with a `JqlError` (answered as Jira's 400), never guessed at.
 *
 *   query    := [clause (AND clause)*] [ORDER BY order (, order)*]
 *   clause   := project (= value | IN (value, …))
 *             | key (= value | IN (value, …))            (also `issuekey`)
 *             | created | updated | resolved  (>= | > | <= | <) date
 *             | resolution IS [NOT] EMPTY                  (EMPTY may be written NULL)
 *             | labels (= value | IN (value, …))          (only plain issues carry labels)
 *             | (priority | assignee | cf[10001] | cf[10010]) IS [NOT] EMPTY   (Team, Request Type)
 *   date     := "yyyy-MM-dd" | "yyyy-MM-dd HH:mm" (UTC, `/` separators too) | -N(m|h|d|w) (relative to now)
 *   order    := key | created | updated | resolved  [ASC | DESC]
 *   value    := bare word | "double quoted" | 'single quoted'
 * Keywords and field names are case-insensitive. `resolved` is the resolution date; an unresolved
 * issue matches no `resolved` comparison. Without ORDER BY, issues come newest first (created DESC).
 */

export class JqlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JqlError';
  }
}

type DateField = 'created' | 'updated' | 'resolved';
type Comparison = '>=' | '>' | '<=' | '<';

export type JqlClause =
  | { kind: 'project'; values: string[] }
  | { kind: 'key'; values: string[] }
  | { kind: 'date'; field: DateField; op: Comparison; at: number }
  | { kind: 'resolution'; empty: boolean }
  | { kind: 'labels'; values: string[] }
  | { kind: 'empty'; field: EmptyField; empty: boolean };

/** Fields the data-quality links ask about: JSM's Team is cf[10001], its Request Type cf[10010]. */
const EMPTY_FIELDS = ['priority', 'assignee', 'cf[10001]', 'cf[10010]'] as const;
type EmptyField = (typeof EMPTY_FIELDS)[number];

export interface OrderTerm {
  field: 'key' | 'created' | 'updated' | 'resolved';
  direction: 'ASC' | 'DESC';
}

export interface JqlQuery {
  clauses: JqlClause[];
  orderBy: OrderTerm[];
}

type Token = { type: 'word' | 'string' | 'op' | 'punct'; text: string };

function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s*(?:("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(>=|<=|!=|!~|[=<>~])|([(),])|([\w.\-/:]+(?:\[\d+\])?))/y;
  let index = 0;
  while (index < jql.length) {
    if (/^\s*$/.test(jql.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(jql);
    if (!match) throw new JqlError(`Error in the JQL Query: unexpected character at position ${index + 1}.`);
    const [whole, quoted, op, punct, word] = match;
    if (quoted !== undefined)
      tokens.push({ type: 'string', text: quoted.slice(1, -1).replace(/\\(.)/g, '$1') });
    else if (op !== undefined) tokens.push({ type: 'op', text: op });
    else if (punct !== undefined) tokens.push({ type: 'punct', text: punct });
    else if (word !== undefined) tokens.push({ type: 'word', text: word });
    index += whole.length;
  }
  return tokens;
}

const UNSUPPORTED =
  'This site supports project, key, created, updated, resolved and resolution clauses joined by AND, ' +
  'ordered by key, created, updated or resolved.';

class Parser {
  private position = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly now: Date,
  ) {}

  parse(): JqlQuery {
    const clauses: JqlClause[] = [];
    if (!this.atKeyword('ORDER') && !this.done()) {
      clauses.push(this.clause());
      while (this.atKeyword('AND')) {
        this.position += 1;
        clauses.push(this.clause());
      }
    }
    const orderBy: OrderTerm[] = [];
    if (this.atKeyword('ORDER')) {
      this.position += 1;
      this.expectKeyword('BY');
      do {
        orderBy.push(this.orderTerm());
      } while (this.takePunct(','));
    }
    if (!this.done()) this.unsupported(this.peek()?.text ?? '');
    return { clauses, orderBy };
  }

  private clause(): JqlClause {
    const field = this.word().toLowerCase();
    if (field === 'project' || field === 'key' || field === 'issuekey') {
      const kind = field === 'project' ? 'project' : 'key';
      return { kind, values: this.membership() };
    }
    if (field === 'created' || field === 'updated' || field === 'resolved' || field === 'resolutiondate') {
      const op = this.next();
      if (op?.type !== 'op' || !['>=', '>', '<=', '<'].includes(op.text)) this.unsupported(op?.text ?? field);
      return {
        kind: 'date',
        field: field === 'resolutiondate' ? 'resolved' : field,
        op: op.text as Comparison,
        at: this.date(),
      };
    }
    if (field === 'labels') return { kind: 'labels', values: this.membership() };
    if ((EMPTY_FIELDS as readonly string[]).includes(field)) {
      this.expectKeyword('IS');
      const negated = this.atKeyword('NOT');
      if (negated) this.position += 1;
      const empty = this.word().toUpperCase();
      if (empty !== 'EMPTY' && empty !== 'NULL') this.unsupported(empty);
      return { kind: 'empty', field: field as EmptyField, empty: !negated };
    }
    if (field === 'resolution') {
      this.expectKeyword('IS');
      const negated = this.atKeyword('NOT');
      if (negated) this.position += 1;
      const empty = this.word().toUpperCase();
      if (empty !== 'EMPTY' && empty !== 'NULL') this.unsupported(empty);
      return { kind: 'resolution', empty: !negated };
    }
    return this.unsupported(field);
  }

  private membership(): string[] {
    const op = this.next();
    if (op?.type === 'op' && op.text === '=') return [this.value()];
    if (op?.type === 'word' && op.text.toUpperCase() === 'IN') {
      if (!this.takePunct('(')) this.unsupported(this.peek()?.text ?? 'IN');
      const values = [this.value()];
      while (this.takePunct(',')) values.push(this.value());
      if (!this.takePunct(')'))
        throw new JqlError("Error in the JQL Query: expecting ')' to close the list.");
      return values;
    }
    return this.unsupported(op?.text ?? '');
  }

  private date(): number {
    const text = this.value();
    const relative = /^-(\d+)([mhdw])$/.exec(text);
    if (relative) {
      const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[
        relative[2] as 'm' | 'h' | 'd' | 'w'
      ];
      return this.now.getTime() - Number(relative[1]) * unit;
    }
    const absolute = /^(\d{4})[-/](\d{2})[-/](\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text);
    if (!absolute) {
      throw new JqlError(
        `Date value '${text}' for a date field is invalid. Valid formats: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period such as '-5d'.`,
      );
    }
    const [, year, month, day, hour, minute] = absolute;
    return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour ?? 0), Number(minute ?? 0));
  }

  private orderTerm(): OrderTerm {
    const field = this.word().toLowerCase();
    if (field !== 'key' && field !== 'created' && field !== 'updated' && field !== 'resolved') {
      this.unsupported(field);
    }
    let direction: 'ASC' | 'DESC' = 'ASC';
    if (this.atKeyword('ASC') || this.atKeyword('DESC'))
      direction = this.word().toUpperCase() as 'ASC' | 'DESC';
    return { field, direction };
  }

  private value(): string {
    const token = this.next();
    if (token?.type === 'word' || token?.type === 'string') return token.text;
    throw new JqlError(
      `Error in the JQL Query: expecting a value but got '${token?.text ?? 'end of query'}'.`,
    );
  }

  private word(): string {
    const token = this.next();
    if (token?.type !== 'word') {
      throw new JqlError(
        `Error in the JQL Query: expecting a field name but got '${token?.text ?? 'end of query'}'.`,
      );
    }
    return token.text;
  }

  private expectKeyword(keyword: string): void {
    if (!this.atKeyword(keyword)) this.unsupported(this.peek()?.text ?? '');
    this.position += 1;
  }

  private atKeyword(keyword: string): boolean {
    const token = this.peek();
    return token?.type === 'word' && token.text.toUpperCase() === keyword;
  }

  private takePunct(text: string): boolean {
    if (this.peek()?.type === 'punct' && this.peek()?.text === text) {
      this.position += 1;
      return true;
    }
    return false;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private next(): Token | undefined {
    const token = this.tokens[this.position];
    this.position += 1;
    return token;
  }

  private done(): boolean {
    return this.position >= this.tokens.length;
  }

  private unsupported(near: string): never {
    throw new JqlError(`Error in the JQL Query: unsupported JQL near '${near}'. ${UNSUPPORTED}`);
  }
}

export function parseJql(jql: string, now: Date): JqlQuery {
  return new Parser(tokenize(jql), now).parse();
}

function dateOf(request: RequestRecord, field: DateField): number | null {
  const value = field === 'resolved' ? request.resolutiondate : request[field];
  return value === null ? null : Date.parse(value);
}

/**
 * Checks project and key values against the projects the caller can see, as Jira does: naming a
 * project that does not exist (for this caller) is an error, not an empty result.
 */
export function validateProjects(query: JqlQuery, visibleProjects: (ref: string) => boolean): void {
  for (const clause of query.clauses) {
    if (clause.kind !== 'project') continue;
    for (const value of clause.values) {
      if (!visibleProjects(value))
        throw new JqlError(`The value '${value}' does not exist for the field 'project'.`);
    }
  }
}

export function matchesJql(query: JqlQuery, request: RequestRecord, store: SiteStore): boolean {
  return query.clauses.every((clause) => {
    switch (clause.kind) {
      case 'project': {
        const desk = store.deskOf(request);
        return clause.values.some((value) => value.toUpperCase() === desk.key || value === desk.projectId);
      }
      case 'key':
        return clause.values.some(
          (value) => value.toUpperCase() === request.key || value === request.issueId,
        );
      case 'resolution':
        return (request.resolution === null) === clause.empty;
      case 'labels':
        // JSM requests on this site carry no labels.
        return false;
      case 'empty':
        return emptyOn(request, clause.field, store) === clause.empty;
      case 'date': {
        const value = dateOf(request, clause.field);
        if (value === null) return false;
        if (clause.op === '>=') return value >= clause.at;
        if (clause.op === '>') return value > clause.at;
        if (clause.op === '<=') return value <= clause.at;
        return value < clause.at;
      }
    }
  });
}

/** Whether a request has no value in the field: its team is its assignee's, as the issue shape says. */
function emptyOn(request: RequestRecord, field: EmptyField, store: SiteStore): boolean {
  switch (field) {
    case 'priority':
      return !request.priority;
    case 'assignee':
      return request.assigneeId === null;
    case 'cf[10001]':
      return !(request.assigneeId && store.user(request.assigneeId)?.team);
    case 'cf[10010]':
      return !request.requestTypeId;
  }
}

function keyParts(key: string): [string, number] {
  const dash = key.lastIndexOf('-');
  return [key.slice(0, dash), Number(key.slice(dash + 1))];
}

/** A comparator for ORDER BY; ties fall back to key so pages never overlap. Nulls sort last. */
export function comparator(orderBy: OrderTerm[]): (a: RequestRecord, b: RequestRecord) => number {
  const terms: OrderTerm[] = orderBy.length > 0 ? orderBy : [{ field: 'created', direction: 'DESC' }];
  const byKey = (a: RequestRecord, b: RequestRecord) => {
    const [projectA, numberA] = keyParts(a.key);
    const [projectB, numberB] = keyParts(b.key);
    return projectA === projectB ? numberA - numberB : projectA < projectB ? -1 : 1;
  };
  return (a, b) => {
    for (const term of terms) {
      let order: number;
      if (term.field === 'key') order = byKey(a, b);
      else {
        const left = dateOf(a, term.field);
        const right = dateOf(b, term.field);
        if (left === right) order = 0;
        else if (left === null) return 1;
        else if (right === null) return -1;
        else order = left - right;
      }
      if (order !== 0) return term.direction === 'ASC' ? order : -order;
    }
    return byKey(a, b);
  };
}
