import { defaultSettings, type SurveySettings } from '../../../src/domain/settings';
import {
  decideOnResolution,
  markInvited,
  type ResolutionDecisionInput,
  type Survey,
  type Transition,
} from '../../../src/domain/survey';

export const RESOLVED_AT = new Date('2026-03-02T10:00:00.000Z');

/** `RESOLVED_AT` plus hours (fractions allowed). */
export const hoursAfter = (hours: number, from: Date | string = RESOLVED_AT): Date =>
  new Date(new Date(from).getTime() + hours * 3_600_000);
export const daysAfter = (days: number, from: Date | string = RESOLVED_AT): Date =>
  hoursAfter(days * 24, from);
export const msBefore = (at: Date | string, ms = 1): Date => new Date(new Date(at).getTime() - ms);

export const ticket = { id: '10001', key: 'SD-1', project: 'SD', requestTypeId: '7', reporter: 'customer-1' };

export function settingsWith(changes: Partial<SurveySettings> = {}): SurveySettings {
  return { ...defaultSettings(), ...changes };
}

export function decide(changes: Partial<ResolutionDecisionInput> = {}): Survey {
  return decideOnResolution({
    settings: defaultSettings(),
    ticket,
    changelogId: '55',
    resolvedAt: RESOLVED_AT,
    lastSurveyedAt: null,
    samplingDraw: 0,
    ...changes,
  });
}

export function unwrap(result: Transition): Survey {
  if (!result.ok) throw new Error(`transition refused: ${result.code}`);
  return result.survey;
}

/** A survey invited when it fell due (1 h after resolution), with the given settings. */
export function invited(settings: SurveySettings = defaultSettings(), at?: Date): Survey {
  const scheduled = decide({ settings });
  return unwrap(markInvited(scheduled, at ?? new Date(scheduled.dueAt ?? ''), settings));
}
