import { z } from 'zod';
import type { EpochMs } from '../records/instant';

const epochMs = z.number().finite();

/** Where a public update on a major incident came from. */
export const UPDATE_SOURCES = ['comment', 'status'] as const;
export type UpdateSource = (typeof UPDATE_SOURCES)[number];

/** A customer-visible update: a public comment, or a change of the status field the admin maps. */
export const incidentUpdateSchema = z.object({
  /** Comment id, or `status:<at>` for a status change: a redelivered event adds nothing. */
  id: z.string().min(1),
  at: epochMs,
  source: z.enum(UPDATE_SOURCES),
});
export type IncidentUpdate = z.infer<typeof incidentUpdateSchema>;

/** A request linked to the incident, as the incident's issue links name it. */
export const linkedRequestSchema = z.object({
  id: z.string().min(1),
  key: z.string().optional(),
  reporter: z.string().nullable(),
  createdAt: epochMs,
  requestType: z.string().nullable().optional(),
});
export type LinkedRequest = z.infer<typeof linkedRequestSchema>;

/** The most updates kept per incident: far more than any incident posts, far below a stored value's limit. */
export const UPDATE_LIMIT = 300;

/**
 * What the app has seen of one incident that was major at some point. Raw facts rather than
 * conclusions, each merged by a rule that ignores order and repetition, because the window
 * (declared → resolved) and the survey decision depend on facts that may arrive late:
 *
 * - `majorMarks`: each observation of the major flag with its moment (the latest before a moment
 *   says whether the incident was major then).
 * - `resolutionsAt` / `reopenedAt`: each moment the resolution was set or cleared.
 * - `updates`: customer-visible updates, by id.
 * - `reporter`, `participants`, `organizations`, `linked`: who it touched.
 */
export const incidentLogSchema = z.object({
  id: z.string().min(1),
  key: z.string().optional(),
  project: z.string().optional(),
  majorMarks: z.array(z.object({ at: epochMs, major: z.boolean() })),
  resolutionsAt: z.array(epochMs),
  reopenedAt: z.array(epochMs),
  updates: z.array(incidentUpdateSchema).max(UPDATE_LIMIT),
  reporter: z.string().nullable(),
  participants: z.array(z.string()),
  organizations: z.array(z.string()),
  linked: z.array(linkedRequestSchema),
  service: z.string().nullable().optional(),
  team: z.string().nullable().optional(),
});
export type IncidentLog = z.infer<typeof incidentLogSchema>;

export function emptyIncidentLog(id: string): IncidentLog {
  return {
    id,
    majorMarks: [],
    resolutionsAt: [],
    reopenedAt: [],
    updates: [],
    reporter: null,
    participants: [],
    organizations: [],
    linked: [],
  };
}

const sortedUnique = (values: Iterable<EpochMs>) => [...new Set(values)].sort((a, b) => a - b);
const uniqueStrings = (values: Iterable<string>) => [...new Set(values)].sort();

/** Adds one observation of the major flag; the same moment seen twice keeps "major" (a flag set wins a tie). */
export function markMajor(log: IncidentLog, at: EpochMs, major: boolean): IncidentLog {
  const byAt = new Map(log.majorMarks.map((mark) => [mark.at, mark.major]));
  byAt.set(at, (byAt.get(at) ?? false) || major);
  const majorMarks = [...byAt].map(([when, flag]) => ({ at: when, major: flag }));
  majorMarks.sort((a, b) => a.at - b.at);
  return { ...log, majorMarks };
}

export function addResolution(log: IncidentLog, at: EpochMs): IncidentLog {
  return { ...log, resolutionsAt: sortedUnique([...log.resolutionsAt, at]) };
}

export function addReopen(log: IncidentLog, at: EpochMs): IncidentLog {
  return { ...log, reopenedAt: sortedUnique([...log.reopenedAt, at]) };
}

/** Adds a public update; one already known by id changes nothing; past the limit the oldest go. */
export function addUpdate(log: IncidentLog, update: IncidentUpdate): IncidentLog {
  if (log.updates.some((known) => known.id === update.id)) return log;
  const updates = [...log.updates, update].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  return { ...log, updates: updates.slice(-UPDATE_LIMIT) };
}

/** Who the incident names: the latest reading replaces the people, linked requests merge by id. */
export function setPeople(
  log: IncidentLog,
  people: { reporter: string | null; participants: readonly string[]; organizations: readonly string[] },
): IncidentLog {
  return {
    ...log,
    reporter: people.reporter,
    participants: uniqueStrings(people.participants),
    organizations: uniqueStrings(people.organizations),
  };
}

/**
 * Replaces the linked requests with the incident's current links. A request unlinked later is no
 * longer affected; one seen before keeps its first known creation.
 */
export function setLinked(log: IncidentLog, linked: readonly LinkedRequest[]): IncidentLog {
  const known = new Map(log.linked.map((request) => [request.id, request]));
  const next = new Map<string, LinkedRequest>();
  for (const request of linked) {
    const before = known.get(request.id);
    next.set(
      request.id,
      before ? { ...request, createdAt: Math.min(before.createdAt, request.createdAt) } : request,
    );
  }
  return { ...log, linked: [...next.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}
