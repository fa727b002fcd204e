import { responseRateCell, responseRateText } from '../../../static/gadget/src/response-rate-text';

describe('the response rate beside a score', () => {
  it('says how many of those invited answered', () => {
    expect(responseRateText({ survey: 'csat', invitations: 2000, responses: 20, rate: 1 }, 'en')).toBe(
      'Response rate 1 % (20 of 2,000 invited)',
    );
    expect(responseRateCell({ survey: 'ces', invitations: 200, responses: 84, rate: 42 }, 'en')).toBe(
      '42 % (84/200)',
    );
  });

  it('never shows a rate when nobody was invited', () => {
    expect(responseRateText({ survey: 'nps', invitations: 0, responses: 0, rate: null }, 'en')).toBe(
      'Response rate: nobody invited in this period',
    );
    expect(responseRateCell(null)).toBe('–');
  });
});
