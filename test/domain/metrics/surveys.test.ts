import { answer, metricsOf } from '../records.fixture';

const asOf = '2024-07-01T00:00:00Z';
const day = '2024-06-15T10:00:00Z';

describe('CSAT', () => {
  it('is null, not 0, with no answers', () => {
    expect(metricsOf([], { asOf }).csat).toEqual({
      value: null,
      n: 0,
      positive: 0,
      ci95: null,
      lowSample: true,
      target: 85,
    });
  });

  it('counts 4 and 5 as satisfied', () => {
    const scores = [5, 4, 3, 2, 1, 5];
    const { csat } = metricsOf(
      scores.map((score, i) => answer('csat', score, day, { ticketId: `t${i}` })),
      { asOf },
    );
    // 3 of 6 → 50; Wilson(3, 6) computed independently: [18.7616, 81.2384]
    expect(csat.value).toBe(50);
    expect(csat.n).toBe(6);
    expect(csat.positive).toBe(3);
    expect(csat.ci95![0]).toBeCloseTo(18.761630648265054, 10);
    expect(csat.ci95![1]).toBeCloseTo(81.23836935173495, 10);
    expect(csat.lowSample).toBe(true);
  });

  it('flags lowSample below 30 answers only', () => {
    const answers = (count: number) =>
      Array.from({ length: count }, (_, i) => answer('csat', 5, day, { ticketId: `t${i}` }));
    expect(metricsOf(answers(29), { asOf }).csat.lowSample).toBe(true);
    expect(metricsOf(answers(30), { asOf }).csat.lowSample).toBe(false);
  });

  it('places answers by answeredAt in [from, to)', () => {
    const { csat } = metricsOf(
      [
        answer('csat', 5, '2024-06-01T00:00:00Z', { ticketId: 'in-at-from' }),
        answer('csat', 1, '2024-06-30T23:59:59Z', { ticketId: 'in-last-second' }),
        answer('csat', 5, '2024-07-01T00:00:00Z', { ticketId: 'out-at-to' }),
        answer('csat', 5, '2024-05-31T23:59:59Z', { ticketId: 'out-before' }),
      ],
      { asOf, from: '2024-06-01T00:00:00Z', to: '2024-07-01T00:00:00Z' },
    );
    expect(csat.n).toBe(2);
    expect(csat.value).toBe(50);
  });

  it('counts a respondent once per survey and ticket: the first answer stands', () => {
    const { csat } = metricsOf(
      [
        // the later answer arrives first in the input; the earlier one still stands
        answer('csat', 5, '2024-06-15T12:00:00Z', { ticketId: 'A', respondent: 'u1' }),
        answer('csat', 1, '2024-06-15T10:00:00Z', { ticketId: 'A', respondent: 'u1' }),
        // another ticket, same respondent: counted
        answer('csat', 5, day, { ticketId: 'B', respondent: 'u1' }),
        // anonymous answers cannot be matched: both counted
        answer('csat', 4, day, { ticketId: 'C' }),
        answer('csat', 4, day, { ticketId: 'C' }),
      ],
      { asOf },
    );
    expect(csat.n).toBe(4);
    expect(csat.positive).toBe(3);
  });

  it('applies the same rule to a ticket with many answers', () => {
    // 40 answers to one ticket, arriving latest first; u1's earliest is a 5, u2's earliest a 1
    const many = Array.from({ length: 40 }, (_, i) =>
      answer(
        'csat',
        i === 39 ? 5 : i === 38 ? 1 : 3,
        new Date(Date.parse(day) + (40 - i) * 60_000).toISOString(),
        {
          ticketId: 'busy',
          respondent: i % 2 === 1 ? 'u1' : 'u2',
        },
      ),
    );
    const { csat, responseRate } = metricsOf(many, { asOf });
    expect(csat).toMatchObject({ n: 2, positive: 1 });
    expect(responseRate.csat.responses).toBe(2);
  });

  it('keeps the first answer even when it falls outside the window', () => {
    const { csat } = metricsOf(
      [
        answer('csat', 1, '2024-05-20T00:00:00Z', { ticketId: 'A', respondent: 'u1' }),
        answer('csat', 5, '2024-06-02T00:00:00Z', { ticketId: 'A', respondent: 'u1' }),
      ],
      { asOf, from: '2024-06-01T00:00:00Z' },
    );
    expect(csat.n).toBe(0);
  });
});

describe('CES', () => {
  const scores = [5, 6, 7, 5];
  const inputs = scores.map((score, i) => answer('ces', score, day, { ticketId: `t${i}` }));

  it('counts scores at or above the default threshold 6', () => {
    const { ces } = metricsOf(inputs, { asOf });
    // 6 and 7 → 2 of 4 = 50; Wilson(2, 4) = [15.0039, 84.9961]
    expect(ces).toMatchObject({ value: 50, n: 4, positive: 2, threshold: 6, target: 80, lowSample: true });
    expect(ces.ci95![0]).toBeCloseTo(15.003898915214952, 10);
    expect(ces.ci95![1]).toBeCloseTo(84.99610108478505, 10);
  });

  it('counts a 5 as positive with threshold 5', () => {
    const { ces } = metricsOf(inputs, { asOf, settings: { cesThreshold: 5 } });
    // all 4 → 100; Wilson(4, 4) = [51.0109, 100]
    expect(ces).toMatchObject({ value: 100, n: 4, positive: 4, threshold: 5 });
    expect(ces.ci95![0]).toBeCloseTo(51.01091635454027, 10);
    expect(ces.ci95![1]).toBe(100);
  });

  it('is null with no answers', () => {
    expect(metricsOf([], { asOf }).ces.value).toBeNull();
  });
});

describe('NPS', () => {
  it('is 0 with only passives', () => {
    const { nps } = metricsOf(
      [7, 8, 7, 8].map((score, i) => answer('nps', score, day, { ticketId: `t${i}` })),
      { asOf },
    );
    expect(nps).toMatchObject({ value: 0, n: 4, promoters: 0, passives: 4, detractors: 0, target: 50 });
    // adjusted Wald: n' = 7, p' = d' = 0.75/7 → ±34.2922
    expect(nps.ci95![0]).toBeCloseTo(-34.29222625968079, 10);
    expect(nps.ci95![1]).toBeCloseTo(34.29222625968079, 10);
  });

  it('is 100 × (promoters − detractors) / n', () => {
    const scores = [10, 9, 9, 9, 9, 8, 7, 8, 0, 6];
    const { nps } = metricsOf(
      scores.map((score, i) => answer('nps', score, day, { ticketId: `t${i}` })),
      { asOf },
    );
    // (5 − 2) / 10 = 30; adjusted Wald [−19.0506, 65.2045]
    expect(nps).toMatchObject({ value: 30, n: 10, promoters: 5, passives: 3, detractors: 2 });
    expect(nps.ci95![0]).toBeCloseTo(-19.05061537636367, 10);
    expect(nps.ci95![1]).toBeCloseTo(65.20446153020983, 10);
  });

  it('is null with no answers', () => {
    expect(metricsOf([], { asOf }).nps).toMatchObject({ value: null, n: 0, ci95: null });
  });
});

describe('ICE', () => {
  it('scores all answers and each question', () => {
    const { ice } = metricsOf(
      [
        answer('ice', 5, day, { ticketId: 'i1', respondent: 'a', question: 'clarity' }),
        answer('ice', 4, day, { ticketId: 'i1', respondent: 'b', question: 'clarity' }),
        answer('ice', 2, day, { ticketId: 'i1', respondent: 'c', question: 'clarity' }),
        answer('ice', 3, day, { ticketId: 'i1', respondent: 'a', question: 'timeliness' }),
        { type: 'ticket', id: 'i2', createdAt: day, statusInquiry: true },
        { type: 'ticket', id: 'i3', createdAt: day, statusInquiry: true },
        { type: 'ticket', id: 'i4', createdAt: day, statusInquiry: false },
        { type: 'ticket', id: 'i5', createdAt: '2024-05-01T00:00:00Z', statusInquiry: true },
      ],
      { asOf, from: '2024-06-01T00:00:00Z' },
    );
    // 2 of 4 overall; clarity 2 of 3 (Wilson [20.7660, 93.8508]); timeliness 0 of 1; usefulness none
    expect(ice.value).toBe(50);
    expect(ice.n).toBe(4);
    expect(ice.byQuestion.clarity.value).toBeCloseTo(200 / 3, 12);
    expect(ice.byQuestion.clarity.ci95![0]).toBeCloseTo(20.76596008020478, 10);
    expect(ice.byQuestion.clarity.ci95![1]).toBeCloseTo(93.85080552796038, 10);
    expect(ice.byQuestion.timeliness).toMatchObject({ value: 0, n: 1, positive: 0 });
    expect(ice.byQuestion.usefulness).toEqual({
      value: null,
      n: 0,
      positive: 0,
      ci95: null,
      lowSample: true,
    });
    // status inquiries created in the window: i2, i3 (i5 is before the window)
    expect(ice.statusFollowUps).toBe(2);
  });
});
