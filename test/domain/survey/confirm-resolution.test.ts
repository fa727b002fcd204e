import { confirmResolution } from '../../../src/domain/survey/confirm-resolution';
import { withRequestType } from '../../../src/domain/survey/decide-on-resolution';
import { markFailed } from '../../../src/domain/survey/mark-failed';
import { decide, hoursAfter, invited, RESOLVED_AT, settingsWith, ticket } from './fixtures';

const untyped = { ...ticket, requestTypeId: null };
const excluding = settingsWith({ excludedRequestTypes: ['7'] });
const resolvedNow = (changes = {}) => ({
  resolved: true,
  resolvedAt: RESOLVED_AT.toISOString(),
  requestTypeId: '7',
  ...changes,
});

describe('a survey decided before its request type was known', () => {
  it('is decided again as at resolution when the type turns out excluded', () => {
    const scheduled = decide({ ticket: untyped, settings: excluding });
    expect(scheduled.state).toBe('scheduled');
    expect(withRequestType(scheduled, '7', excluding)).toEqual(
      decide({ ticket, settings: excluding }), // exactly what knowing the type at once gives
    );
  });

  it('keeps its state, with the type, when the type is not excluded or the sweeper acted already', () => {
    const scheduled = decide({ ticket: untyped });
    expect(withRequestType(scheduled, '7', settingsWith())).toEqual({ ...scheduled, requestTypeId: '7' });
    const sent = { ...invited(), requestTypeId: null };
    expect(withRequestType(sent, '7', excluding)).toEqual({ ...sent, requestTypeId: '7' });
    const offProject = decide({
      ticket: untyped,
      settings: settingsWith({ enabledProjects: [], excludedRequestTypes: ['7'] }),
    });
    expect(withRequestType(offProject, '7', excluding).skipReason).toBe('project-disabled');
  });

  it('comes back unchanged (the same object) when its type was known, or is still unknown', () => {
    const typed = decide();
    expect(withRequestType(typed, '8', excluding)).toBe(typed);
    const scheduled = decide({ ticket: untyped });
    expect(withRequestType(scheduled, null, excluding)).toBe(scheduled);
  });
});

describe('confirming a due survey against the request as Jira has it now', () => {
  const due = decide();
  const at = hoursAfter(1);

  it('posts when the resolution still holds', () => {
    expect(confirmResolution(due, resolvedNow(), settingsWith(), at)).toEqual({
      action: 'post',
      survey: due,
    });
    // Jira's resolution date may differ from the event's moment by seconds: the same resolution.
    const seconds = resolvedNow({ resolvedAt: new Date(RESOLVED_AT.getTime() + 30_000).toISOString() });
    expect(confirmResolution(due, seconds, settingsWith(), at).action).toBe('post');
  });

  it('withdraws (cancels) when the request is no longer resolved: a reopen whose event never arrived', () => {
    const confirmed = confirmResolution(
      due,
      { resolved: false, resolvedAt: null, requestTypeId: '7' },
      settingsWith(),
      at,
    );
    expect(confirmed).toMatchObject({ action: 'withdraw', survey: { state: 'cancelled' } });
  });

  it('withdraws when the request was resolved again later: the later resolution has its own survey', () => {
    const later = resolvedNow({ resolvedAt: hoursAfter(0.5).toISOString() });
    expect(confirmResolution(due, later, settingsWith(), at)).toMatchObject({
      action: 'withdraw',
      survey: { state: 'cancelled' },
    });
  });

  it('withdraws (skips) a survey whose request type was unknown and is excluded', () => {
    const scheduled = decide({ ticket: untyped, settings: excluding });
    expect(confirmResolution(scheduled, resolvedNow(), excluding, at)).toMatchObject({
      action: 'withdraw',
      survey: { state: 'skipped', skipReason: 'request-type-excluded', requestTypeId: '7' },
    });
  });

  it('says the request is gone when Jira has no such issue', () => {
    expect(confirmResolution(due, null, settingsWith(), at)).toEqual({ action: 'gone' });
  });
});

describe('an invitation Jira refused for good', () => {
  it('ends the survey failed, with the status and the reason (bounded), on its timeline', () => {
    const failed = markFailed(decide(), hoursAfter(1), { status: 403, reason: 'x'.repeat(600) });
    if (!failed.ok) throw new Error(failed.message);
    expect(failed.survey.state).toBe('failed');
    expect(failed.survey.failure?.status).toBe(403);
    expect(failed.survey.failure?.reason).toHaveLength(500);
    expect(failed.survey.timeline.map((entry) => entry.event)).toEqual(['scheduled', 'failed']);
  });

  it('is refused for a survey that is not scheduled', () => {
    expect(markFailed(invited(), hoursAfter(2), { status: 400, reason: 'no' })).toMatchObject({
      ok: false,
      code: 'SURVEY_ALREADY_INVITED',
    });
  });
});
