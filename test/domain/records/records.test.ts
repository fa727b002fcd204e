import { parseRecord } from '../../../src/domain';

const reasonOf = (value: unknown) => {
  const result = parseRecord(value);
  return result.ok ? 'ok' : result.reason;
};

describe('canonical records', () => {
  it('reads a full ticket, timestamps as epoch ms, and ignores unknown fields', () => {
    const result = parseRecord({
      type: 'ticket',
      source: 'jsm',
      id: '10001',
      key: 'SD-1',
      kind: 'incident',
      priority: 'High',
      createdAt: '2024-06-01T10:00:00+02:00',
      firstResponseAt: '2024-06-01T08:05:00Z',
      firstResponseBy: 'human',
      resolvedAt: '2024-06-01T09:00:00Z',
      reopenedAt: ['2024-06-02T09:00:00Z'],
      handleSeconds: 1200,
      statusInquiry: false,
      somethingElse: { nested: true },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record).toMatchObject({
      type: 'ticket',
      id: '10001',
      createdAt: Date.parse('2024-06-01T08:00:00Z'),
      firstResponseAt: Date.parse('2024-06-01T08:05:00Z'),
      reopenedAt: [Date.parse('2024-06-02T09:00:00Z')],
      followUpAt: [],
    });
    expect(result.record).not.toHaveProperty('somethingElse');
  });

  it('accepts null for optional fields', () => {
    expect(
      reasonOf({
        type: 'ticket',
        id: '1',
        createdAt: '2024-06-01T10:00:00Z',
        resolvedAt: null,
        reopenedAt: null,
      }),
    ).toBe('ok');
  });

  it.each([
    [{ type: 'ticket', createdAt: '2024-06-01T10:00:00Z' }, /^id: /],
    [{ type: 'ticket', id: '1', createdAt: '2024-06-01T10:00:00' }, /^createdAt: /],
    [
      { type: 'ticket', id: '1', createdAt: '2024-06-01T10:00:00Z', firstResponseAt: '2024-06-01T09:00:00Z' },
      /^firstResponseAt: firstResponseAt is before createdAt$/,
    ],
    [
      { type: 'response', ticketId: '1', survey: 'csat', score: 6, answeredAt: '2024-06-01T10:00:00Z' },
      /^score: score 6 is outside the csat scale 1–5$/,
    ],
    [
      { type: 'response', ticketId: '1', survey: 'nps', score: 4.5, answeredAt: '2024-06-01T10:00:00Z' },
      /^score: /,
    ],
    [
      { type: 'response', ticketId: '1', survey: 'ice', score: 4, answeredAt: '2024-06-01T10:00:00Z' },
      /^question: ice needs a question$/,
    ],
    [{ type: 'invitation', ticketId: '1', survey: 'xyz', sentAt: '2024-06-01T10:00:00Z' }, /^survey: /],
    [{ type: 'selfservice', user: 'u', startedAt: '2024-06-01T10:00:00Z' }, /^completed: /],
    [{ type: 'availability', service: 'Email', at: '2024-06-01T10:00:00Z', up: true }, /^thresholdMs: /],
    [{ type: 'comment' }, /^type: /],
  ])('rejects %j with a reason naming the field', (value, reason) => {
    expect(reasonOf(value)).toMatch(reason);
  });

  it('accepts the scale ends of every survey', () => {
    const response = (survey: string, score: number) => ({
      type: 'response',
      ticketId: '1',
      survey,
      score,
      answeredAt: '2024-06-01T10:00:00Z',
      question: 'clarity',
    });
    for (const [survey, low, high] of [
      ['csat', 1, 5],
      ['ces', 1, 7],
      ['nps', 0, 10],
      ['ice', 1, 5],
    ] as const) {
      expect(reasonOf(response(survey, low))).toBe('ok');
      expect(reasonOf(response(survey, high))).toBe('ok');
      expect(reasonOf(response(survey, low - 1))).not.toBe('ok');
      expect(reasonOf(response(survey, high + 1))).not.toBe('ok');
    }
  });
});
