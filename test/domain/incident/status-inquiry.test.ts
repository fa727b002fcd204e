import { affectedPeople } from '../../../src/domain/incident/affected-people';
import { statusFollowUps } from '../../../src/domain/incident/status-follow-ups';
import { statusInquiryReason } from '../../../src/domain/incident/status-inquiry';
import { HOUR, incidentLog, T0 } from './fixture';

const rules = { statusInquiryRequestTypes: ['Status question'], followUpHours: 24, agentMark: null };
const reasonAt = (createdAt: number, extra: Partial<Parameters<typeof statusInquiryReason>[0]> = {}) =>
  statusInquiryReason({
    request: { id: '30009', createdAt },
    linkedIncidents: [incidentLog()],
    ...rules,
    ...extra,
  });

describe('status inquiries', () => {
  it('counts a linked request created during the window or up to 24 h after resolution', () => {
    expect(reasonAt(T0 + HOUR)).toBe('linked-in-window');
    expect(reasonAt(T0 + 3 * HOUR + 24 * HOUR)).toBe('linked-in-window');
    expect(reasonAt(T0 + 3 * HOUR + 24 * HOUR + 1)).toBeNull();
    expect(reasonAt(T0 - 1)).toBeNull();
  });

  it('counts a request of a type the admin marks, linked or not', () => {
    expect(
      reasonAt(T0 - 10 * HOUR, {
        linkedIncidents: [],
        request: { id: '1', createdAt: 0, requestType: 'status QUESTION' },
      }),
    ).toBe('request-type');
  });

  it('follows the agent mark either way', () => {
    expect(reasonAt(T0 - 10 * HOUR, { agentMark: true })).toBe('agent-marked');
    expect(reasonAt(T0 + HOUR, { agentMark: false })).toBeNull();
  });

  it('gives the count and the share of affected people who had to ask, never above 100 %', () => {
    const affected = affectedPeople(incidentLog(), { includeOrganizations: false });
    expect(
      statusFollowUps(affected, [
        { id: '30001', reporter: 'carol' },
        { id: '30005', reporter: 'carol' },
        { id: '30006', reporter: 'stranger' },
      ]),
    ).toEqual({ count: 3, askers: 1, affected: 4, askedShare: 25 });
    expect(statusFollowUps([], [])).toEqual({ count: 0, askers: 0, affected: 0, askedShare: null });
  });
});
