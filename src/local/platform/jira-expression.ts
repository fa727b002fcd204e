import { createContext, Script, type Context } from 'node:vm';

/**
 * Evaluates a trigger filter expression over an event. Forge evaluates a subset of Jira
 * expressions; the operators and methods that subset shares with JavaScript (`==`, `!=`, `&&`,
 * `||`, `!`, member access, `?.`, `.some(x => …)`, `.includes`) mean the same in both, so the
 * expression runs as JavaScript in an empty sandbox with a time limit. A failing expression
 * drops the event, as the manifest's default `onError: IGNORE_AND_LOG` does.
 */
const compiled = new Map<string, { script: Script; sandbox: Context }>();

export function passesFilter(expression: string, event: unknown): boolean {
  try {
    let entry = compiled.get(expression);
    if (!entry) {
      // Compiling and creating a sandbox costs about a millisecond; both are reused per expression.
      entry = { script: new Script(`Boolean(${expression})`), sandbox: createContext({}) };
      compiled.set(expression, entry);
    }
    entry.sandbox.event = structuredClone(event);
    // Generous: a garbage-collection pause must not drop an event the filter would pass.
    return entry.script.runInContext(entry.sandbox, { timeout: 2000 }) === true;
  } catch (error) {
    console.warn(`Trigger filter expression failed and the event was dropped: ${(error as Error).message}`);
    return false;
  }
}
