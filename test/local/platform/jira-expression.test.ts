import { evaluate, ExpressionEvaluationError } from '../../../src/local/platform/jira-expression/evaluate';
import { parseExpression } from '../../../src/local/platform/jira-expression/parse';
import { ExpressionSyntaxError } from '../../../src/local/platform/jira-expression/tokens';

const run = (expression: string, event: unknown) =>
  evaluate(parseExpression(expression, ['event']), { event });
const failure = (expression: string, event: unknown): string => {
  try {
    run(expression, event);
  } catch (error) {
    if (error instanceof ExpressionEvaluationError) return error.message;
    throw error;
  }
  throw new Error(`${expression} did not fail`);
};
const syntax = (expression: string): string => {
  try {
    parseExpression(expression, ['event']);
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return error.message;
    throw error;
  }
  throw new Error(`${expression} was accepted`);
};

describe('Jira expressions, evaluated locally', () => {
  const event = {
    issue: { key: 'SD-1', fields: { assignee: null, labels: ['a', 'b'] } },
    changelog: { items: [{ field: 'Link' }, { fieldId: 'resolution', to: '1' }] },
  };

  it('reads literals, members and lengths', () => {
    expect(run(`"it's".length`, event)).toBe(4);
    expect(run('event.issue.key', event)).toBe('SD-1');
    expect(run("event['issue']['fields'].labels.length", event)).toBe(2);
    expect(run('[1, 2.5, true, null, "x"]', event)).toEqual([1, 2.5, true, null, 'x']);
    expect(run("'caf\\u00e9\\n'", event)).toBe('café\n');
  });

  it('fails on a property of null, and on a property that is absent, where JavaScript would go on', () => {
    expect(failure('event.issue.fields.assignee.accountId', event)).toBe(
      'Type null does not have any properties (event.issue.fields.assignee.accountId) ' +
        '(evaluating "event.issue.fields.assignee.accountId")',
    );
    expect(failure('event.worklog != null', event)).toBe(
      'Property "worklog" does not exist (event.worklog) (evaluating "event.worklog != null")',
    );
    expect(failure('event.issue.key.name', event)).toContain('Type String does not have the property "name"');
  });

  it('answers null through ?. instead, and skips the rest of the chain', () => {
    expect(run('event.issue.fields.assignee?.accountId', event)).toBeNull();
    expect(run('event.issue.fields.assignee?.account.id.more', event)).toBeNull();
    expect(run('event?.worklog', event)).toBeNull();
    expect(run('event.worklog?.items?.some(item => item == 1) == true', { worklog: null })).toBe(false);
    expect(failure('event?.worklog.id', event)).toContain('Type null does not have any properties');
  });

  it('compares values: by value, lists element by element, never across types', () => {
    expect(run("event.issue.key == 'SD-1'", event)).toBe(true);
    expect(run("event.issue.fields.labels == ['a', 'b']", event)).toBe(true);
    expect(run("event.issue.fields.labels != ['b', 'a']", event)).toBe(true);
    expect(run("event.issue.fields == event['issue'].fields", event)).toBe(true);
    expect(run("1 == '1'", event)).toBe(false);
    expect(run('event.issue.fields.assignee == null', event)).toBe(true);
  });

  it('short-circuits && and ||, so a guard keeps the right side from failing', () => {
    expect(run('false && event.nothing.here', event)).toBe(false);
    expect(run('true || event.nothing.here', event)).toBe(true);
    expect(run('event.issue.fields.assignee && event.nothing', event)).toBeNull();
    expect(run("!event.issue.fields.assignee && !''", event)).toBe(true);
    expect(failure('true && event.nothing', event)).toContain('Property "nothing" does not exist');
  });

  it('calls some, every, filter, map and includes with an arrow function', () => {
    expect(run("event.changelog.items.some(item => item?.fieldId == 'resolution')", event)).toBe(true);
    expect(run("event.changelog.items.every((item) => item?.fieldId == 'resolution')", event)).toBe(false);
    expect(run('event.changelog.items.filter(item => item?.to != null).length', event)).toBe(1);
    expect(run('event.changelog.items.map(item => item?.field)', event)).toEqual(['Link', null]);
    expect(run("event.issue.fields.labels.includes('b') && event.issue.key.includes('D-')", event)).toBe(
      true,
    );
    expect(run("event.changelog.items.some(i => event.issue.fields.labels.some(l => l == 'a'))", event)).toBe(
      true,
    );
  });

  it('fails when a method meets the wrong value or its function answers no Boolean', () => {
    expect(failure("event.changelog.items.some(item => item.fieldId == 'resolution')", event)).toContain(
      'Property "fieldId" does not exist (item.fieldId)',
    );
    expect(failure('event.issue.key.some(x => true)', event)).toContain('some() cannot be called on String');
    expect(failure('event.issue.fields.assignee.some(x => true)', event)).toContain(
      'some() cannot be called on null',
    );
    expect(failure('event.changelog.items.some(item => item?.to)', event)).toContain(
      'The function given to some() returned null, not a Boolean',
    );
  });

  it('refuses, before any event, what the local evaluator does not implement, with the column', () => {
    expect(syntax('event.a === 1')).toBe('Unsupported syntax "===" (column 9 of "event.a === 1")');
    expect(syntax('event.items.length > 0')).toBe(
      'Unsupported syntax ">" (column 20 of "event.items.length > 0")',
    );
    expect(syntax('event.a ? 1 : 2')).toContain('Unsupported syntax "?"');
    expect(syntax('issue.key == 1')).toBe(
      'Unknown variable issue: the context variable is event (column 1 of "issue.key == 1")',
    );
    expect(syntax('event.items.find(x => true)')).toContain('Unsupported method find()');
    expect(syntax('event.items.some(true)')).toContain(
      'An arrow function with one parameter is expected here',
    );
    expect(syntax('x => true')).toContain(
      'An arrow function can only be the argument of some, every, filter or map',
    );
    expect(syntax("event.key == 'open")).toContain('Unterminated string');
    expect(syntax('event.a ==')).toContain('Unexpected the end of the expression');
    expect(syntax('(event.a')).toContain('")" is expected');
    expect(syntax(`event.a == '${'x'.repeat(1000)}'`)).toContain(
      'Jira expression is too long (1013), limit: 1000 characters',
    );
  });
});
