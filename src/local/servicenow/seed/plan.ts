import type { Row } from '../instance-store';

/** What happened to one ticket, in epoch ms; a moment after `now` has not happened yet. */
export interface TicketPlan {
  table: 'incident' | 'sc_req_item';
  row: Row;
  opened: number;
  priority: string;
  response?: { at: number; automated: boolean; by: string };
  /** The first resolution (requests: completion). */
  resolved?: number;
  reopened?: number;
  /** The resolution after a reopen. */
  finalResolved?: number;
  canceled: boolean;
  caller: Row;
}
