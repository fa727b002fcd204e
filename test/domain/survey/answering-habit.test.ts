import { answeringHabit } from '../../../src/domain/survey/answering-habit';
import { emptyCustomer } from '../../../src/domain/ticket/customer-state';

const now = new Date('2026-03-30T12:00:00Z');
const customer = {
  ...emptyCustomer('c-1'),
  surveyed: [
    { surveyId: '1:a', at: '2026-01-05T10:00:00Z' },
    { surveyId: '2:a', at: '2026-01-20T10:00:00Z' },
    { surveyId: '3:a', at: '2026-02-10T10:00:00Z' },
    { surveyId: '4:a', at: '2026-03-25T10:00:00Z' }, // may still be open: not counted
    { surveyId: '5:a', at: '2026-03-29T10:00:00Z' }, // this ticket's survey
  ],
  recent: [
    { ticketKey: 'SD-3', surveyId: '3:a', answeredAt: '2026-02-11T10:00:00Z', ces: 6, csat: 5 },
    { ticketKey: 'SD-1', surveyId: '1:a', answeredAt: '2026-01-06T10:00:00Z', ces: 2, csat: null },
  ],
};

describe('whether a customer usually answers', () => {
  it('counts their earlier surveys that are closed or answered, never the open ones or this one', () => {
    expect(answeringHabit(customer, '5:a', { now, openDays: 15 })).toEqual({ surveys: 3, answered: 2 });
  });

  it('counts an open earlier survey once it is answered', () => {
    const answeredLate = {
      ...customer,
      recent: [
        { ticketKey: 'SD-4', surveyId: '4:a', answeredAt: '2026-03-26T10:00:00Z', ces: 7, csat: 5 },
        ...customer.recent,
      ],
    };
    expect(answeringHabit(answeredLate, '5:a', { now, openDays: 15 })).toEqual({ surveys: 4, answered: 3 });
  });

  it('has nothing to say about a customer with no earlier survey', () => {
    expect(answeringHabit(null, null, { now, openDays: 15 })).toBeNull();
    expect(
      answeringHabit({ ...customer, surveyed: customer.surveyed.slice(4) }, '5:a', { now, openDays: 15 }),
    ).toBeNull();
  });
});
