import { answer, at, DAY, HOUR, metricsOf, ticket } from '../records.fixture';

const created = '2024-06-10T00:00:00Z';

describe('the report as of a moment', () => {
  it('leaves out a first response given after asOf: the ticket is still unacknowledged', () => {
    const { mtta } = metricsOf(
      [ticket('t1', created, { firstResponseAt: at(created, 3 * HOUR), firstResponseBy: 'human' })],
      {
        asOf: at(created, 1 * HOUR),
      },
    );
    expect([mtta.overall.n, mtta.human.n, mtta.unacknowledged]).toEqual([0, 0, 1]);
  });

  it('leaves out a reopen after asOf: the resolution is still pending, not failed', () => {
    const resolvedAt = at(created, HOUR);
    const { fcr } = metricsOf(
      [
        ticket('t1', created, {
          resolvedAt,
          reopenedAt: [at(resolvedAt, 2 * DAY)],
          followUpAt: [at(resolvedAt, 3 * DAY)],
        }),
      ],
      { asOf: at(resolvedAt, DAY) },
    );
    expect([fcr.n, fcr.failed, fcr.pending]).toEqual([0, 0, 1]);
  });

  it('leaves out a resolution, a delivered value and an answer after asOf', () => {
    const metrics = metricsOf(
      [
        ticket('t1', created, {
          kind: 'request',
          resolvedAt: at(created, 2 * DAY),
          valueAt: at(created, 2 * DAY),
          handleSeconds: 600,
        }),
        answer('csat', 5, at(created, 3 * DAY), { ticketId: 't1', respondent: 'u1' }),
      ],
      { asOf: at(created, DAY) },
    );
    expect([metrics.fcr.pending, metrics.aht.n, metrics.ttv.n, metrics.csat.n]).toEqual([0, 0, 0, 0]);
    expect(metrics.mtta.unacknowledged).toBe(1);
  });

  it('counts a ticket created after asOf nowhere', () => {
    const { mtta } = metricsOf([ticket('t1', at(created, 2 * DAY))], { asOf: at(created, DAY) });
    expect(mtta.unacknowledged).toBe(0);
  });

  it('still counts what happened up to asOf itself', () => {
    const { mtta } = metricsOf(
      [ticket('t1', created, { firstResponseAt: at(created, HOUR), firstResponseBy: 'automation' })],
      { asOf: at(created, HOUR) },
    );
    expect([mtta.automated.n, mtta.automated.meanSeconds]).toEqual([1, 3600]);
  });
});

describe('AHT', () => {
  it('averages exact handle times: nothing is rounded before the mean', () => {
    const resolvedAt = at(created, HOUR);
    const { aht } = metricsOf(
      [
        ticket('a', created, { resolvedAt, handleSeconds: 0.0004 }),
        ticket('b', created, { resolvedAt, handleSeconds: 0.0004 }),
        ticket('c', created, { resolvedAt, handleSeconds: 1.0004 }),
      ],
      { asOf: '2024-07-01T00:00:00Z' },
    );
    // Rounded to whole ms first, these were 0, 0 and 1000 ms: a mean of 0.333… s.
    expect(aht.n).toBe(3);
    expect(aht.meanSeconds).toBeCloseTo(1.0012 / 3, 12);
  });
});

describe('ICE response rate', () => {
  const asOf = '2024-07-01T00:00:00Z';
  const invited = { type: 'invitation', ticketId: 't1', survey: 'ice', sentAt: created } as const;
  const ice = (
    question: 'clarity' | 'timeliness' | 'usefulness',
    score: number,
    answeredAt: string,
    respondent?: string,
  ) => answer('ice', score, answeredAt, { ticketId: 't1', question, ...(respondent ? { respondent } : {}) });

  it('counts one person answering the three questions as one response, named or not', () => {
    for (const respondent of ['u1', undefined]) {
      const answeredAt = at(created, HOUR);
      const { responseRate, ice: figure } = metricsOf(
        [
          invited,
          ice('clarity', 5, answeredAt, respondent),
          ice('timeliness', 4, answeredAt, respondent),
          ice('usefulness', 2, answeredAt, respondent),
        ],
        { asOf },
      );
      expect(responseRate.ice).toEqual({ value: 100, invitations: 1, responses: 1 });
      expect(figure.n).toBe(3);
    }
  });

  it('counts two anonymous people who answered at different moments as two', () => {
    const { responseRate } = metricsOf(
      [
        invited,
        { ...invited, ticketId: 't2' },
        ice('clarity', 5, at(created, HOUR)),
        ice('usefulness', 5, at(created, HOUR)),
        ice('clarity', 3, at(created, 2 * HOUR)),
      ],
      { asOf },
    );
    expect(responseRate.ice).toEqual({ value: 100, invitations: 2, responses: 2 });
  });

  it('counts a JSM rating as no response to the app’s invitation: the rate never passes 100 %', () => {
    const { responseRate, csat } = metricsOf(
      [
        { type: 'invitation', ticketId: 't1', survey: 'csat', sentAt: created },
        answer('csat', 4, at(created, HOUR), { ticketId: 't1', respondent: 'u1' }),
        {
          type: 'response',
          source: 'jsm-feedback',
          ticketId: 't1',
          survey: 'csat',
          score: 5,
          answeredAt: at(created, 2 * HOUR),
          respondent: 'u1',
        },
      ],
      { asOf },
    );
    expect(csat.n).toBe(2);
    expect(responseRate.csat).toEqual({ value: 100, invitations: 1, responses: 1 });
  });
});
