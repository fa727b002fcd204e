import fc from 'fast-check';
import {
  ATTRIBUTION_FIELDS,
  CONTACT_LIMIT,
  mergeTicketObservations,
  sortedUnique,
  ticketObservationSchema,
  ticketRecordOf,
  type TicketObservation,
} from '../../../src/domain/capture';
import { parseRecord } from '../../../src/domain/records/canonical';

// Small ranges so that ties (same moment, same worklog id) happen often.
const moment = fc.integer({ min: 0, max: 40 }).map((n) => Date.UTC(2026, 0, 1) + n * 3_600_000);
const moments = (maxLength: number) => fc.array(moment, { maxLength }).map(sortedUnique);

const attributed = fc.record({ value: fc.constantFrom(null, 'a', 'b', 'incident', 'request'), at: moment });

const observation: fc.Arbitrary<TicketObservation> = fc
  .record(
    {
      createdAt: moment,
      firstResponse: fc.record({ at: moment, by: fc.constantFrom('human' as const, 'automation' as const) }),
      resolutionsAt: moments(4),
      reopenedAt: moments(4),
      contactsAt: moments(6),
      worklogs: fc.dictionary(
        fc.constantFrom('w1', 'w2', 'w3'),
        fc.record({ seconds: fc.constantFrom(0, 60, 600, 1800), at: moment }),
      ),
      handleSeconds: fc.constantFrom(0, 120, 3600),
      attribution: fc.record(Object.fromEntries(ATTRIBUTION_FIELDS.map((field) => [field, attributed])), {
        requiredKeys: [],
      }),
    },
    { requiredKeys: ['resolutionsAt', 'reopenedAt', 'contactsAt', 'worklogs', 'attribution'] },
  )
  .map((parts) => ({ id: '10001', ...parts }) as TicketObservation);

const merge = mergeTicketObservations;

describe('mergeTicketObservations', () => {
  it('is commutative', () => {
    fc.assert(fc.property(observation, observation, (a, b) => expect(merge(a, b)).toEqual(merge(b, a))));
  });

  it('is associative', () => {
    fc.assert(
      fc.property(observation, observation, observation, (a, b, c) =>
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c))),
      ),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(observation, observation, (a, b) => {
        expect(merge(a, a)).toEqual(a);
        expect(merge(merge(a, b), b)).toEqual(merge(a, b));
      }),
    );
  });

  it('stays associative when the contact bound cuts', () => {
    const many = fc
      .array(fc.integer({ min: 0, max: 1000 }), { minLength: 100, maxLength: 300 })
      .map((values) => ({
        id: '1',
        resolutionsAt: [],
        reopenedAt: [],
        contactsAt: sortedUnique(values).slice(-CONTACT_LIMIT),
        worklogs: {},
        attribution: {},
      }));
    fc.assert(
      fc.property(many, many, many, (a, b, c) => {
        const left = merge(merge(a, b), c);
        expect(left).toEqual(merge(a, merge(b, c)));
        expect(left.contactsAt.length).toBeLessThanOrEqual(CONTACT_LIMIT);
      }),
    );
  });

  it('gives a stored observation and a canonical record', () => {
    fc.assert(
      fc.property(observation, observation, (a, b) => {
        const merged = merge(a, b);
        expect(ticketObservationSchema.parse(merged)).toEqual(merged);
        const record = ticketRecordOf(merged);
        if (record.ok) expect(parseRecord(record.record)).toMatchObject({ ok: true });
      }),
    );
  });

  it('keeps the earliest moments, the union of the lists and the latest attribution', () => {
    const a: TicketObservation = {
      id: '1',
      createdAt: 100,
      firstResponse: { at: 300, by: 'human' },
      resolutionsAt: [500],
      reopenedAt: [700],
      contactsAt: [900],
      worklogs: { w1: { seconds: 60, at: 1 } },
      handleSeconds: 10,
      attribution: { assignee: { value: 'x', at: 5 }, team: { value: 'T', at: 9 } },
    };
    const b: TicketObservation = {
      id: '1',
      createdAt: 200,
      firstResponse: { at: 250, by: 'automation' },
      resolutionsAt: [400, 500],
      reopenedAt: [600],
      contactsAt: [900, 950],
      worklogs: { w1: { seconds: 90, at: 2 }, w2: { seconds: 30, at: 1 } },
      handleSeconds: 20,
      attribution: { assignee: { value: 'y', at: 6 }, team: { value: null, at: 8 } },
    };
    expect(merge(a, b)).toEqual({
      id: '1',
      createdAt: 100,
      firstResponse: { at: 250, by: 'automation' },
      resolutionsAt: [400, 500],
      reopenedAt: [600, 700],
      contactsAt: [900, 950],
      worklogs: { w1: { seconds: 90, at: 2 }, w2: { seconds: 30, at: 1 } },
      handleSeconds: 20,
      attribution: { assignee: { value: 'y', at: 6 }, team: { value: 'T', at: 9 } },
    });
  });

  it('refuses to merge two different tickets', () => {
    const one = { id: '1', resolutionsAt: [], reopenedAt: [], contactsAt: [], worklogs: {}, attribution: {} };
    expect(() => merge(one, { ...one, id: '2' })).toThrow(RangeError);
  });
});
