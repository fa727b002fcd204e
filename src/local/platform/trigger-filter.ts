/**
 * A trigger's `filter`, as Forge applies it before invoking the function
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/trigger/):
 *
 * - `ignoreSelf: true` drops the events the app caused itself (`selfGenerated`).
 * - `expression` is a Jira expression over the context variable `event`; the event is delivered
 *   only when it evaluates to `true`. It is parsed when the manifest is loaded, so syntax the local
 *   evaluator does not implement fails at startup, never silently at delivery.
 * - `onError` says what an expression that fails to evaluate does: `IGNORE_AND_LOG` (the default)
 *   drops the event and publishes a log, `IGNORE` drops it silently, `RECEIVE_AND_LOG` delivers it
 *   and logs. It may only be set together with `expression`; a filter needs `ignoreSelf` or
 *   `expression`.
 *
 * Forge documents a Boolean result only for its other expression modules (a workflow condition
 * passes "only if the provided Jira expression evaluates to true"); here too anything but a
 * Boolean counts as a failure of the expression, the strict reading.
 */
import { evaluate, ExpressionEvaluationError } from './jira-expression/evaluate';
import { parseExpression } from './jira-expression/parse';
import { ExpressionSyntaxError } from './jira-expression/tokens';

export const ON_ERROR = ['IGNORE_AND_LOG', 'IGNORE', 'RECEIVE_AND_LOG'] as const;
export type OnError = (typeof ON_ERROR)[number];

export interface TriggerFilterSpec {
  ignoreSelf?: boolean;
  expression?: string;
  onError?: OnError;
}

/** Whether to invoke the function for an event, and what to log when the expression failed. */
export type FilterDecision = { deliver: boolean; logged?: string };

export type TriggerFilter = (event: Record<string, unknown>) => FilterDecision;

/** Checks a trigger's filter and prepares it; throws a clear error for what Forge would refuse. */
export function compileTriggerFilter(
  triggerKey: string,
  filter: TriggerFilterSpec | undefined,
): TriggerFilter {
  if (!filter) return () => ({ deliver: true });
  const where = `manifest.yml, trigger ${triggerKey}, filter`;
  if (filter.ignoreSelf === undefined && filter.expression === undefined) {
    throw new Error(`${where}: a filter needs ignoreSelf or expression (or both).`);
  }
  if (filter.onError !== undefined && filter.expression === undefined) {
    throw new Error(`${where}: onError can be used only with expression.`);
  }
  const onError = filter.onError ?? 'IGNORE_AND_LOG';
  let parsed: ReturnType<typeof parseExpression> | undefined;
  if (filter.expression !== undefined) {
    try {
      parsed = parseExpression(filter.expression, ['event']);
    } catch (error) {
      if (!(error instanceof ExpressionSyntaxError)) throw error;
      throw new Error(`${where}.expression cannot be evaluated by the local runtime: ${error.message}`);
    }
  }
  return (event) => {
    if (filter.ignoreSelf && event.selfGenerated === true) return { deliver: false };
    if (!parsed) return { deliver: true };
    let failure: string;
    try {
      const result = evaluate(parsed, { event });
      if (result === true || result === false) return { deliver: result };
      failure = `The expression returned ${JSON.stringify(result)}, not a Boolean`;
    } catch (error) {
      if (!(error instanceof ExpressionEvaluationError)) throw error;
      failure = error.message;
    }
    const deliver = onError === 'RECEIVE_AND_LOG';
    if (onError === 'IGNORE') return { deliver };
    return {
      deliver,
      logged: `Trigger filter of ${triggerKey} failed: ${failure}. The event was ${deliver ? 'delivered anyway' : 'dropped'} (onError ${onError}).`,
    };
  };
}
