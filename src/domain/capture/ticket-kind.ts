/** Incident or service request: the split TTV (requests only) and the gadgets use. */
export type TicketKind = 'incident' | 'request';

/**
 * A ticket's kind: the desk's own mapping of request type ids when it has one for this type,
 * otherwise from the issue type's name — "incident" anywhere in it (any case) is an incident,
 * anything else a service request.
 *
 * Empty input: neither a mapped request type nor an issue type name gives `null` (unknown).
 */
export function ticketKind(
  requestTypeId: string | undefined,
  issueTypeName: string | undefined,
  kindByRequestType: Readonly<Record<string, TicketKind>> = {},
): TicketKind | null {
  const mapped = requestTypeId === undefined ? undefined : kindByRequestType[requestTypeId];
  if (mapped) return mapped;
  if (issueTypeName === undefined) return null;
  return issueTypeName.toLowerCase().includes('incident') ? 'incident' : 'request';
}
