import type { CanonicalRecordInput } from '../../../src/domain';
import { at, DAY, HOUR, metricsOf, ticket } from '../records.fixture';

const asOf = '2024-06-10T00:00:00Z';
const session = (user: string, startedAt: string, completed = true): CanonicalRecordInput => ({
  type: 'selfservice',
  user,
  startedAt,
  completed,
});

describe('self-service success', () => {
  it('decides abandoned and failed sessions at once and quiet ones after 24 h', () => {
    const early = '2024-06-01T08:00:00Z';
    const { selfService } = metricsOf(
      [
        session('u1', early), // ticket 2 h later → failed
        ticket('t1', at(early, 2 * HOUR), { reporter: 'u1' }),
        session('u2', early), // ticket 2 days later → success
        ticket('t2', at(early, 2 * DAY), { reporter: 'u2' }),
        session('u3', early, false), // abandoned
        session('u4', '2024-06-09T12:00:00Z'), // 12 h before asOf, quiet → pending
        session('u5', '2024-06-09T00:00:00Z'), // startedAt + 24 h = asOf → decided success
        session('u6', early), // ticket at the same instant is not after the start → success
        ticket('t6', early, { reporter: 'u6' }),
        session('u7', early), // ticket exactly 24 h later → inside (s, s + 24 h] → failed
        ticket('t7', at(early, DAY), { reporter: 'u7' }),
      ],
      { asOf },
    );
    // decided: u1 u2 u3 u5 u6 u7 = 6; successes u2 u5 u6 = 3; abandoned 1
    expect(selfService).toEqual({ value: 50, n: 6, abandonmentRate: 100 / 6, pending: 1 });
  });

  it('is null with no decided sessions', () => {
    expect(metricsOf([session('u', '2024-06-09T12:00:00Z')], { asOf }).selfService).toEqual({
      value: null,
      n: 0,
      abandonmentRate: null,
      pending: 1,
    });
  });
});
