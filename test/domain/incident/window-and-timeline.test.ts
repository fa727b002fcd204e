import { affectedPeople } from '../../../src/domain/incident/affected-people';
import { communicationTimeline } from '../../../src/domain/incident/communication-timeline';
import { addUpdate, incidentLogSchema, setLinked } from '../../../src/domain/incident/incident-log';
import { incidentWindow } from '../../../src/domain/incident/incident-window';
import { addReopen, addResolution, HOUR, incidentLog, markMajor, MIN, T0 } from './fixture';

describe('a major incident window', () => {
  it('runs from declaration to the first resolution after it; a reopen does not move it', () => {
    const log = addResolution(addReopen(incidentLog(), T0 + 4 * HOUR), T0 + 6 * HOUR);
    expect(incidentWindow(log)).toEqual({
      declaredAt: T0,
      resolvedAt: T0 + 3 * HOUR,
      majorAtResolution: true,
    });
  });

  it('knows an incident downgraded before resolution', () => {
    const log = markMajor(incidentLog(), T0 + 2 * HOUR, false);
    expect(incidentWindow(log)?.majorAtResolution).toBe(false);
  });

  it('has no window for an incident never major', () => {
    const log = markMajor({ ...incidentLog(), majorMarks: [] }, T0, false);
    expect(incidentWindow(log)).toBeNull();
  });

  it('merges redelivered updates once, in time order, and the log stays valid', () => {
    const log = addUpdate(incidentLog(), { id: 'c1', at: T0 + 20 * MIN, source: 'comment' });
    expect(log.updates.map((u) => u.id)).toEqual(['c1', 'c2']);
    expect(incidentLogSchema.safeParse(log).success).toBe(true);
  });
});

describe('the communication timeline', () => {
  it('gives time to first update and every gap up to resolution', () => {
    const timeline = communicationTimeline(incidentLog(), T0 + 10 * HOUR);
    expect(timeline.firstUpdateSeconds).toBe(1200);
    // 20 min, 60 min, then 100 min to resolution
    expect(timeline.gapsSeconds).toEqual([1200, 3600, 6000]);
    expect(timeline.longestGapSeconds).toBe(6000);
  });

  it('while open, runs to asOf and leaves out later updates', () => {
    const timeline = communicationTimeline(incidentLog(), T0 + 30 * MIN);
    expect(timeline.resolvedAt).toBeNull();
    expect(timeline.updates.map((u) => u.id)).toEqual(['c1']);
    expect(timeline.gapsSeconds).toEqual([1200, 600]);
  });

  it('with no update, has no first update', () => {
    const log = { ...incidentLog(), updates: [] };
    expect(communicationTimeline(log, T0 + 10 * HOUR)).toMatchObject({
      firstUpdateSeconds: null,
      gapsSeconds: [10800],
    });
  });
});

describe('who an incident affected', () => {
  it('lists each person once: linked requests first, then reporter and participants', () => {
    const log = setLinked(incidentLog(), [
      { id: '30001', reporter: 'carol', createdAt: T0 },
      { id: '30003', reporter: 'bob', createdAt: T0 },
    ]);
    expect(affectedPeople(log, { includeOrganizations: false })).toEqual([
      { accountId: 'carol', via: 'linked-request', ticketId: '30001' },
      { accountId: 'bob', via: 'linked-request', ticketId: '30003' },
      { accountId: 'alice', via: 'reporter', ticketId: '20001' },
    ]);
  });

  it('adds organisation members only when the admin opts in', () => {
    const members = { Acme: ['erin', 'alice'] };
    expect(
      affectedPeople(incidentLog(), { includeOrganizations: false, organizationMembers: members }),
    ).toHaveLength(4);
    expect(
      affectedPeople(incidentLog(), { includeOrganizations: true, organizationMembers: members }).map(
        (p) => p.accountId,
      ),
    ).toEqual(['carol', 'dave', 'alice', 'bob', 'erin']);
  });
});
