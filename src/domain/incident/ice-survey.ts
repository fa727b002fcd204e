import { z } from 'zod';
import type { EpochMs } from '../records/instant';
import { ICE_QUESTIONS } from '../records/survey-kind';
import { affectedPeople, type AffectedPerson } from './affected-people';
import type { IncidentLog } from './incident-log';
import { incidentWindow } from './incident-window';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The promise the CES/CSAT loop keeps: an invitation more than 24 h after resolution is late. */
const LATE_AFTER_MS = DAY_MS;

/** Why an incident, or one person of it, was not surveyed; recorded so the admin sees the policy at work. */
export const ICE_SKIP_REASONS = ['downgraded', 'project-disabled', 'nobody-affected', 'throttled'] as const;
export type IceSkipReason = (typeof ICE_SKIP_REASONS)[number];

const epochMs = z.number().finite();

export const iceInviteeSchema = z.object({
  accountId: z.string().min(1),
  via: z.enum(['linked-request', 'reporter', 'participant', 'organization']),
  /** Where the invitation is posted and the answer is given. */
  ticketId: z.string().min(1),
  invitedAt: epochMs,
  answeredAt: epochMs.nullable(),
  /** The person's scores once answered, for the incident's panel. */
  scores: z.record(z.enum(ICE_QUESTIONS), z.number().int().min(1).max(5)).nullable().optional(),
  comment: z.string().optional(),
});
export type IceInvitee = z.infer<typeof iceInviteeSchema>;

/**
 * The ICE survey of one major incident: one per incident for its whole life, so a reopened and
 * re-resolved incident is not surveyed twice and nobody is asked twice for it.
 *
 * - `scheduled`: resolved while major; invitations go out at `dueAt`.
 * - `invited`: invitations went out (`invitees`); people skipped then are in `skipped`.
 * - `skipped`: nobody was invited, for `reason`.
 */
export const iceSurveySchema = z.object({
  incidentId: z.string().min(1),
  state: z.enum(['scheduled', 'invited', 'skipped']),
  resolvedAt: epochMs,
  dueAt: epochMs.nullable(),
  reason: z.enum(ICE_SKIP_REASONS).nullable(),
  invitedAt: epochMs.nullable(),
  late: z.boolean(),
  invitees: z.array(iceInviteeSchema),
  skipped: z.array(z.object({ accountId: z.string(), reason: z.enum(ICE_SKIP_REASONS) })),
});
export type IceSurvey = z.infer<typeof iceSurveySchema>;

export interface IceSurveySettings {
  /** Hours between resolution and invitation (default 2). */
  delayHours: number;
  /** A person surveyed less than this many days ago (any survey) is not asked again; 0 turns it off. */
  throttleDays: number;
  /** Whether members of the organisations the incident names count as affected. */
  includeOrganizations: boolean;
  /** Whether the incident's project takes part. */
  projectEnabled: boolean;
}

export const DEFAULT_ICE_DELAY_HOURS = 2;

/**
 * Decides, after resolution, whether and when the incident is surveyed. `null` while the incident
 * was never major or is not resolved yet. An incident no longer major at its resolution
 * (downgraded) or in a disabled project is skipped with the reason. A survey once decided stands:
 * `prior` is returned unchanged, whatever reopens and new resolutions follow.
 */
export function scheduleIceSurvey(
  log: IncidentLog,
  settings: Pick<IceSurveySettings, 'delayHours' | 'projectEnabled'>,
  prior: IceSurvey | null,
): IceSurvey | null {
  if (prior !== null) return prior;
  const window = incidentWindow(log);
  if (window === null || window.resolvedAt === null) return null;
  const base = {
    incidentId: log.id,
    resolvedAt: window.resolvedAt,
    invitedAt: null,
    late: false,
    invitees: [],
    skipped: [],
  };
  if (window.majorAtResolution !== true)
    return { ...base, state: 'skipped', dueAt: null, reason: 'downgraded' };
  if (!settings.projectEnabled) return { ...base, state: 'skipped', dueAt: null, reason: 'project-disabled' };
  return {
    ...base,
    state: 'scheduled',
    dueAt: window.resolvedAt + settings.delayHours * HOUR_MS,
    reason: null,
  };
}

export interface InviteInput {
  survey: IceSurvey;
  log: IncidentLog;
  settings: Pick<IceSurveySettings, 'throttleDays' | 'includeOrganizations'>;
  now: EpochMs;
  /** When each person was last surveyed by the app (any survey, any ticket); absent = never. */
  lastSurveyedAt: Readonly<Record<string, EpochMs>>;
  organizationMembers?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Sends a due survey: every affected person not surveyed within the throttle is invited once, on
 * their linked request or on the incident; the others are recorded as skipped. Not yet due, or
 * already sent or skipped: unchanged.
 */
export function inviteAffected(input: InviteInput): IceSurvey {
  const { survey, now } = input;
  if (survey.state !== 'scheduled' || survey.dueAt === null || now < survey.dueAt) return survey;
  const people: AffectedPerson[] = affectedPeople(input.log, {
    includeOrganizations: input.settings.includeOrganizations,
    organizationMembers: input.organizationMembers,
  });
  const throttleMs = input.settings.throttleDays * DAY_MS;
  const invitees: IceInvitee[] = [];
  const skipped: IceSurvey['skipped'] = [];
  for (const person of people) {
    const last = input.lastSurveyedAt[person.accountId];
    if (last !== undefined && throttleMs > 0 && now - last < throttleMs) {
      skipped.push({ accountId: person.accountId, reason: 'throttled' });
    } else {
      invitees.push({ ...person, invitedAt: now, answeredAt: null });
    }
  }
  if (invitees.length === 0) {
    const reason = people.length === 0 ? 'nobody-affected' : 'throttled';
    return { ...survey, state: 'skipped', reason, skipped };
  }
  return {
    ...survey,
    state: 'invited',
    invitedAt: now,
    late: now - survey.resolvedAt > LATE_AFTER_MS,
    invitees,
    skipped,
  };
}
