/**
 * The relationship survey's resolver contract: the prompt in the customer portal, and the
 * follow-ups a team lead works through. Shared by the handlers and the Custom UI.
 */
import type { FollowUpState, NpsFollowUp } from '../domain/nps/nps-follow-up';
import type { NpsBand } from '../domain/nps/nps-band';

/** What the portal's subheader shows: nothing, or the question, in the customer's language. */
export type NpsPrompt =
  { ask: false } | { ask: true; question: string; lowLabel: string; highLabel: string; dismissLabel: string };

/** After the score: the band, the reasons offered for it, and the form's words. */
export interface NpsScored {
  score: number;
  band: NpsBand;
  reasons: string[];
  reasonPrompt: string;
  /** "Score 7 / 10", in the customer's language. */
  scoreLegend: string;
  commentLabel: string;
  sendLabel: string;
}

export interface NpsDone {
  thanks: string;
}

export type NpsFollowUpView = NpsFollowUp;

export interface NpsFollowUpList {
  items: NpsFollowUpView[];
  open: number;
}

export interface NpsResolverContract {
  getNpsPrompt: { payload: Record<string, never>; answer: NpsPrompt };
  answerNps: { payload: { score: number }; answer: NpsScored };
  explainNps: { payload: { reason?: string; comment?: string }; answer: NpsDone };
  dismissNps: { payload: Record<string, never>; answer: NpsDone };
  getNpsFollowUps: { payload: Record<string, never>; answer: NpsFollowUpList };
  changeNpsFollowUp: { payload: { id: string; state: FollowUpState }; answer: NpsFollowUpView };
}
