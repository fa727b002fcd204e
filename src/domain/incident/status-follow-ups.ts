import { percent } from '../stats/percent';
import type { AffectedPerson } from './affected-people';

/** A request the app counted as a status inquiry about the incident, and who raised it. */
export interface StatusInquiryRequest {
  id: string;
  reporter: string | null;
}

export interface StatusFollowUps {
  /** Requests that asked for a status. */
  count: number;
  /** Affected people who raised at least one of them. */
  askers: number;
  affected: number;
  /** 100 × askers / affected; `null` with nobody affected. Never above 100: askers are affected people. */
  askedShare: number | null;
}

/** The status follow-ups of one incident: how many requests asked, and what share of the affected had to. */
export function statusFollowUps(
  affected: readonly AffectedPerson[],
  inquiries: readonly StatusInquiryRequest[],
): StatusFollowUps {
  const people = new Set(affected.map((person) => person.accountId));
  const askers = new Set(
    inquiries
      .map((request) => request.reporter)
      .filter((reporter): reporter is string => reporter !== null && people.has(reporter)),
  );
  return {
    count: inquiries.length,
    askers: askers.size,
    affected: people.size,
    askedShare: percent(askers.size, people.size),
  };
}
