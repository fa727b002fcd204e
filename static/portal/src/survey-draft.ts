import type { SurveyAnswerInput } from '../../../src/contract/survey';
import { charactersLeftText } from '../../../src/domain/i18n/portal-words';

export type Question = 'ces' | 'csat';

/** What the customer has chosen and typed so far. */
export interface SurveyDraft {
  ces: number | null;
  csat: number | null;
  comment: string;
}

export type SurveyDraftAction =
  { type: 'rate'; question: Question; score: number } | { type: 'comment'; text: string };

export const EMPTY_DRAFT: SurveyDraft = { ces: null, csat: null, comment: '' };

export function surveyDraftReducer(draft: SurveyDraft, action: SurveyDraftAction): SurveyDraft {
  switch (action.type) {
    case 'rate':
      return { ...draft, [action.question]: action.score };
    case 'comment':
      return { ...draft, comment: action.text };
  }
}

/** One score is enough; the comment alone is not an answer. */
export function canSubmit(draft: SurveyDraft): boolean {
  return draft.ces !== null || draft.csat !== null;
}

/** The payload for `submitSurvey`: only what was given; a blank comment is left out. */
export function toAnswerInput(draft: SurveyDraft): SurveyAnswerInput {
  const input: SurveyAnswerInput = {};
  if (draft.ces !== null) input.ces = draft.ces;
  if (draft.csat !== null) input.csat = draft.csat;
  if (draft.comment.trim() !== '') input.comment = draft.comment;
  return input;
}

/** Characters still allowed, counted as the browser's `maxlength` counts them (UTF-16 units). */
export function charactersLeft(comment: string, max: number): number {
  return Math.max(0, max - comment.length);
}

/**
 * What a screen reader hears about the remaining length, in the customer's language: nothing while
 * there is plenty of room, then a few announcements as the limit nears, so typing is not drowned
 * in numbers.
 */
export function limitAnnouncement(left: number, locale?: string | null): string {
  if (left > 100) return '';
  if (left <= 0) return charactersLeftText(0, locale);
  const step = left > 20 ? 10 : left > 10 ? 5 : 1;
  return charactersLeftText(Math.ceil(left / step) * step, locale);
}
