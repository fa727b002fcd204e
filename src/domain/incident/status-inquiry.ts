import type { EpochMs } from '../records/instant';
import type { IncidentLog } from './incident-log';
import { incidentWindow } from './incident-window';

const HOUR_MS = 3_600_000;
export const DEFAULT_FOLLOW_UP_HOURS = 24;

/** Why a request counts as a status inquiry, kept so the panel can say it. */
export type StatusInquiryReason = 'linked-in-window' | 'request-type' | 'agent-marked';

export interface StatusInquiryInput {
  request: { id: string; createdAt: EpochMs; requestType?: string | null };
  /** The major incidents the request is linked to. */
  linkedIncidents: readonly IncidentLog[];
  /** Request type names the administrator marks as "status inquiry" (compared without case). */
  statusInquiryRequestTypes: readonly string[];
  /** Hours after resolution a linked request still counts (default 24). */
  followUpHours: number;
  /** The agent's mark from the issue panel: `true`/`false` overrides, `null` leaves it to the rules. */
  agentMark: boolean | null;
}

/**
 * Whether a request is a communication-related follow-up (`statusInquiry: true` on its record):
 * the agent said so (or said not), its request type is one the admin marks, or it is linked to a
 * major incident and was created during its window or within `followUpHours` after resolution.
 * `null` when it is not one.
 */
export function statusInquiryReason(input: StatusInquiryInput): StatusInquiryReason | null {
  if (input.agentMark === false) return null;
  if (input.agentMark === true) return 'agent-marked';
  const type = input.request.requestType?.toLowerCase();
  if (type !== undefined && input.statusInquiryRequestTypes.some((name) => name.toLowerCase() === type))
    return 'request-type';
  const at = input.request.createdAt;
  for (const log of input.linkedIncidents) {
    const window = incidentWindow(log);
    if (window === null || at < window.declaredAt) continue;
    if (window.resolvedAt === null || at <= window.resolvedAt + input.followUpHours * HOUR_MS)
      return 'linked-in-window';
  }
  return null;
}
