import { DAY, metricsOf, ticket } from '../records.fixture';

const asOf = '2024-06-10T00:00:00Z';
const daysBefore = (days: number) => new Date(Date.parse(asOf) - days * DAY).toISOString();

describe('FCR', () => {
  it('is null with no resolved tickets', () => {
    const { fcr } = metricsOf([ticket('open', daysBefore(1))], { asOf });
    expect(fcr).toEqual({ value: null, n: 0, failed: 0, pending: 0, ci95: null, target: 75 });
  });

  it('decides failures at once and quiet tickets after 7 days', () => {
    const { fcr } = metricsOf(
      [
        // quiet, resolved 9 days ago → decided, success
        ticket('quiet-old', daysBefore(10), { resolvedAt: daysBefore(9) }),
        // resolved 4 days ago, reopened on day 3 → failed, decided before its 7 days pass
        ticket('reopened-day-3', daysBefore(5), { resolvedAt: daysBefore(4), reopenedAt: [daysBefore(1)] }),
        // quiet, resolved 2 days ago → pending
        ticket('quiet-recent', daysBefore(3), { resolvedAt: daysBefore(2) }),
        // follow-up 8 days after resolution → outside (r, r + 7 d] → success
        ticket('late-follow-up', daysBefore(21), {
          resolvedAt: daysBefore(20),
          followUpAt: [daysBefore(12)],
        }),
        // follow-up exactly at r + 7 d → inside the closed end → failed
        ticket('edge-follow-up', daysBefore(21), {
          resolvedAt: daysBefore(20),
          followUpAt: [daysBefore(13)],
        }),
        // resolved exactly 7 days before asOf → r + 7 d ≤ asOf → decided success
        ticket('exactly-7-days', daysBefore(8), { resolvedAt: daysBefore(7) }),
        // reopen at the resolution instant is not after it → success
        ticket('same-instant', daysBefore(30), { resolvedAt: daysBefore(20), reopenedAt: [daysBefore(20)] }),
      ],
      { asOf },
    );
    // decided 6 (all but quiet-recent), failed 2 → 100 × 4 / 6; Wilson(4, 6) = [29.9993, 90.3229]
    expect(fcr.n).toBe(6);
    expect(fcr.failed).toBe(2);
    expect(fcr.pending).toBe(1);
    expect(fcr.value).toBeCloseTo(400 / 6, 12);
    expect(fcr.ci95![0]).toBeCloseTo(29.999331513839206, 10);
    expect(fcr.ci95![1]).toBeCloseTo(90.32285888942195, 10);
  });

  it('counts a quiet ticket resolved 2 days ago as pending, not as a success', () => {
    const { fcr } = metricsOf([ticket('quiet', daysBefore(3), { resolvedAt: daysBefore(2) })], { asOf });
    expect(fcr).toMatchObject({ value: null, n: 0, failed: 0, pending: 1 });
  });

  it('places tickets by resolvedAt', () => {
    const { fcr } = metricsOf(
      [
        ticket('in', '2024-04-01T00:00:00Z', { resolvedAt: '2024-05-02T00:00:00Z' }),
        ticket('out', '2024-03-02T00:00:00Z', { resolvedAt: '2024-04-02T00:00:00Z' }),
      ],
      { asOf, from: '2024-05-01T00:00:00Z', to: '2024-06-01T00:00:00Z' },
    );
    expect(fcr.n).toBe(1);
  });
});
