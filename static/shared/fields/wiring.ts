/**
 * How a field's control points at its hint and its messages: `aria-invalid` only while there are
 * messages, and `aria-describedby` naming the hint (always) and the messages (while shown), so a
 * screen reader reads them with the control. Every field component wires itself through here.
 */
export interface FieldWiring {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export const hasMessages = (messages: readonly string[] | undefined): boolean => Boolean(messages?.length);

/** The ids that are there, space-separated; `undefined` (no attribute) when none is. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

export function wiring(
  messages: readonly string[] | undefined,
  errorId: string,
  hintId?: string,
): FieldWiring {
  const invalid = hasMessages(messages);
  return {
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(hintId, invalid && errorId),
  };
}
