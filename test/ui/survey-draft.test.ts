import {
  canSubmit,
  charactersLeft,
  surveyDraftReducer,
  EMPTY_DRAFT,
  limitAnnouncement,
  toAnswerInput,
} from '../../static/portal/src/survey-draft';

describe('portal survey draft', () => {
  it('records each rating on its own and lets a second click change it', () => {
    let draft = surveyDraftReducer(EMPTY_DRAFT, { type: 'rate', question: 'ces', score: 6 });
    draft = surveyDraftReducer(draft, { type: 'rate', question: 'csat', score: 2 });
    draft = surveyDraftReducer(draft, { type: 'rate', question: 'ces', score: 7 });
    expect(draft).toEqual({ ces: 7, csat: 2, comment: '' });
    expect(EMPTY_DRAFT).toEqual({ ces: null, csat: null, comment: '' });
  });

  it('can be sent once one score is chosen, not on a comment alone', () => {
    expect(canSubmit(EMPTY_DRAFT)).toBe(false);
    expect(canSubmit({ ...EMPTY_DRAFT, comment: 'hi' })).toBe(false);
    expect(canSubmit({ ...EMPTY_DRAFT, csat: 1 })).toBe(true);
    expect(canSubmit({ ...EMPTY_DRAFT, ces: 1 })).toBe(true);
  });

  it('sends only what was given, the comment as typed', () => {
    expect(toAnswerInput({ ces: 5, csat: null, comment: '   ' })).toEqual({ ces: 5 });
    expect(toAnswerInput({ ces: null, csat: 4, comment: '<b>x</b>\n' })).toEqual({
      csat: 4,
      comment: '<b>x</b>\n',
    });
  });

  it('counts the room left like maxlength and announces it only near the limit', () => {
    expect(charactersLeft('abc', 2000)).toBe(1997);
    expect(charactersLeft('x'.repeat(2001), 2000)).toBe(0);
    expect(limitAnnouncement(1997)).toBe('');
    expect(limitAnnouncement(100)).toBe('100 characters left');
    expect(limitAnnouncement(93)).toBe('100 characters left');
    expect(limitAnnouncement(13)).toBe('15 characters left');
    expect(limitAnnouncement(1)).toBe('1 character left');
    expect(limitAnnouncement(0)).toBe('No characters left');
    expect(limitAnnouncement(13, 'de_DE')).toBe('Noch 15 Zeichen');
    expect(limitAnnouncement(0, 'fr')).toBe('Plus aucun caractère disponible');
  });
});
