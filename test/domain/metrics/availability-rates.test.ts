import type { CanonicalRecordInput } from '../../../src/domain';
import { answer, metricsOf } from '../records.fixture';

const asOf = '2024-07-01T00:00:00Z';
const day = '2024-06-15T10:00:00Z';
const probe = (service: string, up: boolean, responseMs?: number): CanonicalRecordInput => ({
  type: 'availability',
  service,
  at: day,
  up,
  thresholdMs: 2000,
  ...(responseMs === undefined ? {} : { responseMs }),
});

describe('availability from the user perspective', () => {
  it('gives technical, effective and their gap per service', () => {
    const { availability } = metricsOf(
      [
        probe('Email', true, 850),
        probe('Email', true, 2500),
        probe('Email', false),
        probe('Email', true, 2000),
        probe('VPN', true),
      ],
      { asOf },
    );
    expect(availability).toEqual({
      // up 3 of 4; up and ≤ 2000 ms 2 of 4 (2000 counts, 2500 does not)
      Email: { technical: 75, effective: 50, gap: 25, n: 4 },
      // up but with no response time: not effectively available
      VPN: { technical: 100, effective: 0, gap: 100, n: 1 },
    });
  });

  it('is empty with no samples', () => {
    expect(metricsOf([], { asOf }).availability).toEqual({});
  });
});

describe('response rate', () => {
  it('divides responses by invitations per survey', () => {
    const invite = (ticketId: string, survey: 'csat' | 'ice'): CanonicalRecordInput => ({
      type: 'invitation',
      ticketId,
      survey,
      sentAt: day,
    });
    const { responseRate } = metricsOf(
      [
        ...['a', 'b', 'c', 'd'].map((id) => invite(id, 'csat')),
        answer('csat', 5, day, { ticketId: 'a', respondent: 'r' }),
        answer('csat', 5, day, { ticketId: 'b', respondent: 'r' }),
        answer('csat', 3, day, { ticketId: 'c', respondent: 'r' }),
        invite('i', 'ice'),
        invite('j', 'ice'),
        // one respondent answering three ICE questions is one response
        ...(['clarity', 'timeliness', 'usefulness'] as const).map((question) =>
          answer('ice', 5, day, { ticketId: 'i', respondent: 'r', question }),
        ),
      ],
      { asOf },
    );
    expect(responseRate).toEqual({
      csat: { value: 75, invitations: 4, responses: 3 },
      ces: { value: null, invitations: 0, responses: 0 },
      nps: { value: null, invitations: 0, responses: 0 },
      ice: { value: 50, invitations: 2, responses: 1 },
    });
  });
});
